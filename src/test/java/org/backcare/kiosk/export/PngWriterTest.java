package org.backcare.kiosk.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PngWriterTest {

    @Test
    void writesAValidPngThatDecodesToThePixels() throws Exception {
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF123456, 0xFFFFFFFF, 0xFF000000};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(out, 3, 2, argb);
        ByteBuffer png = ByteBuffer.wrap(out.toByteArray());

        byte[] signature = new byte[8];
        png.get(signature);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);

        byte[] header = chunk(png, "IHDR");
        assertEquals(3, ByteBuffer.wrap(header).getInt(0));
        assertEquals(2, ByteBuffer.wrap(header).getInt(4));
        byte[] data = chunk(png, "IDAT");
        chunk(png, "IEND");

        Inflater inflater = new Inflater();
        inflater.setInput(data);
        byte[] raw = new byte[2 * (1 + 3 * 3)];
        assertEquals(raw.length, inflater.inflate(raw));
        assertArrayEquals(new byte[]{0, (byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255},
                Arrays.copyOfRange(raw, 0, 10));
        assertArrayEquals(new byte[]{0, 0x12, 0x34, 0x56, (byte) 255, (byte) 255, (byte) 255, 0, 0, 0},
                Arrays.copyOfRange(raw, 10, 20));
    }

    private static byte[] chunk(ByteBuffer png, String type) {
        int length = png.getInt();
        byte[] typeBytes = new byte[4];
        png.get(typeBytes);
        assertEquals(type, new String(typeBytes));
        byte[] body = new byte[length];
        png.get(body);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        assertEquals((int) crc.getValue(), png.getInt(), type + " checksum");
        return body;
    }
}
