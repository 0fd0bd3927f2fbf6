package org.backcare.kiosk.voice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeechEngineTest {

    @TempDir
    Path dir;

    private Path program(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path program = Files.writeString(folder.resolve("espeak-ng"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }

    @Test
    void espeakNgIsFoundOnThePath() throws IOException {
        Path program = program(dir.resolve("bin"));
        String path = dir.resolve("empty") + File.pathSeparator + dir.resolve("bin");
        assertEquals(Optional.of(program), SpeechEngine.find(null, path));
        assertEquals(Optional.empty(), SpeechEngine.find(null, dir.resolve("empty").toString()));
        assertEquals(Optional.empty(), SpeechEngine.find(null, null));
    }

    @Test
    void theSettingNamesTheProgramOrTurnsTheVoiceOff() throws IOException {
        Path program = program(dir.resolve("opt"));
        String path = program.getParent().toString();
        assertEquals(Optional.empty(), SpeechEngine.find(SpeechEngine.OFF, path));
        assertEquals(Optional.of(program), SpeechEngine.find(program.toString(), null));
        assertEquals(Optional.empty(), SpeechEngine.find(dir.resolve("nothing-here").toString(), path),
                "a program that is not there means no voice, not another one");
    }
}
