package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The remembered window layout: first-start size, clamping to the screen, text round trip, broken values. */
class WindowLayoutTest {

    @Test
    void firstStartFitsTheScreen() {
        WindowLayout first = WindowLayout.defaults();
        assertArrayEquals(new double[] {1440, 900}, first.windowSize(1920, 1040), 0.01, "large screen");
        assertArrayEquals(new double[] {1382, 741}, first.windowSize(1536, 824), 0.01, "1920×1080 at 125 %");
        assertArrayEquals(new double[] {1152, 648}, first.windowSize(1280, 720), 0.01, "1920×1080 at 150 %");
        assertArrayEquals(new double[] {921, 630}, first.windowSize(1024, 700), 0.01, "1024 × 700");
        assertArrayEquals(new double[] {800, 560}, first.windowSize(800, 560), 0.01, "never larger than the screen");
    }

    @Test
    void aRememberedSizeIsKeptButNeverLargerThanTheScreen() {
        WindowLayout saved = WindowLayout.parse("w=1700;h=1000");
        assertArrayEquals(new double[] {1700, 1000}, saved.windowSize(1920, 1040), 0.01);
        assertArrayEquals(new double[] {1366, 728}, saved.windowSize(1366, 728), 0.01, "moved to a laptop");
        assertArrayEquals(new double[] {900, 600}, WindowLayout.parse("w=300;h=200").windowSize(1920, 1040), 0.01,
                "not below the smallest window");
    }

    @Test
    void roundTripAndBrokenParts() {
        WindowLayout l = new WindowLayout(1280, 720, true, 310, 295, false, true, 0.4, 0.7);
        assertEquals("w=1280;h=720;max=1;lw=310;rw=295;l=0;r=1;ld=0.400;cd=0.700", l.encode());
        assertEquals(l, WindowLayout.parse(l.encode()));
        WindowLayout broken = WindowLayout.parse("w=abc;lw=-5;ld=7;cd=NaN;x=1;nonsense");
        WindowLayout d = WindowLayout.defaults();
        assertEquals(d, broken, "every broken part falls back to its default");
        assertEquals(d, WindowLayout.parse(null));
        assertEquals(d, WindowLayout.parse(""));
    }
}
