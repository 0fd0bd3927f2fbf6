package org.backcare.kiosk.voice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EspeakSpeakerTest {

    @TempDir
    Path dir;

    @Test
    void theCommandPicksTheLanguagesVoiceASlowSpeedAndTheVolume() {
        EspeakSpeaker speaker = new EspeakSpeaker(Path.of("/usr/bin/espeak-ng"), 80);
        assertEquals(List.of("/usr/bin/espeak-ng", "-v", "en-us", "-s", "150", "-a", "80", "-b", "1", "--stdin"),
                speaker.command("en"));
        assertEquals("es", speaker.command("es").get(2));
    }

    /** A stand-in engine that writes down its text and then talks for a long time. */
    private Path slowEngine() throws IOException {
        Path program = dir.resolve("espeak-ng");
        Files.writeString(program, "#!/bin/sh\ncat >> \"" + dir.resolve("heard.txt") + "\"\nsleep 30\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }

    @Test
    void neverMoreThanOneVoiceAndStopEndsIt() throws Exception {
        EspeakSpeaker speaker = new EspeakSpeaker(slowEngine(), 100);
        CompletableFuture<Void> first = speaker.say("Hello", "en");
        CompletableFuture<Void> second = speaker.say("Hola", "es");
        first.get(5, TimeUnit.SECONDS); // the first voice was ended by the second
        assertFalse(second.isDone(), "the second still speaks");
        // Heard before it is stopped: on a busy machine the stand-in may not have read its input yet.
        Path heard = dir.resolve("heard.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !(Files.exists(heard) && Files.readString(heard).contains("Hola"))) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(heard) && Files.readString(heard).contains("Hola"), "the text goes in on standard input");
        assertFalse(second.isDone(), "the second still speaks");
        speaker.stop();
        second.get(5, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.current().children().noneMatch(p -> p.info().command().orElse("").endsWith("sleep")
                && p.isAlive()), "nothing left speaking");
    }

    /**
     * The real engine, when this machine has it: a sample in each language through the very command
     * the kiosk uses, written to target/voice/ for a person to listen to (and sox to measure).
     */
    @Test
    void theRealEngineSaysASampleInEachLanguage() throws Exception {
        var program = SpeechEngine.find(null, System.getenv("PATH"));
        assumeTrue(program.isPresent(), "espeak-ng is not installed here");
        EspeakSpeaker speaker = new EspeakSpeaker(program.get(), 100);
        Path out = Files.createDirectories(Path.of("target", "voice"));
        String[][] samples = {
                {"en", "Repetition 3 of 10. 3, 2, 1. Rest. Stop if pain spreads further down your leg."},
                {"es", "Repetición 3 de 10. 3, 2, 1. Descanse. Pare si el dolor baja más por la pierna."}};
        for (String[] sample : samples) {
            Path wav = out.resolve(sample[0] + ".wav");
            List<String> command = new ArrayList<>(speaker.command(sample[0]));
            command.add(command.size() - 1, "-w");
            command.add(command.size() - 1, wav.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().write(sample[1].getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
            byte[] header = new byte[4];
            System.arraycopy(Files.readAllBytes(wav), 0, header, 0, 4);
            assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), header);
            // 22,050 samples a second, 16 bit: a sentence this long is several seconds of sound.
            assertTrue(Files.size(wav) > 22_050 * 2 * 3, wav + " is only " + Files.size(wav) + " bytes");
        }
    }
}
