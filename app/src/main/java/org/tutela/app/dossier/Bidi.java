package org.tutela.app.dossier;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Right-to-left text (Arabic names, Persian, Hebrew) for openhtmltopdf, done with ICU4J. The library's
 * own ICU module (openhtmltopdf-rtl-support) stops at 1.1.31 on Maven Central while the renderer is at
 * 1.1.65; its two interfaces are small, and ICU4J is already Tutela's (core's name handling), so they
 * are implemented here rather than mixing two releases of the library.
 */
final class Bidi {
    private Bidi() {
    }

    static void wire(PdfRendererBuilder builder) {
        builder.useUnicodeBidiSplitter(Splitter::new);
        builder.useUnicodeBidiReorderer(new Reorderer());
        builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
    }

    /** Splits a paragraph into visual runs of one direction. */
    static final class Splitter implements BidiSplitter {
        private com.ibm.icu.text.Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte direction) {
            byte level = direction == RTL ? com.ibm.icu.text.Bidi.RTL
                    : direction == LTR ? com.ibm.icu.text.Bidi.LTR : com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR;
            bidi = new com.ibm.icu.text.Bidi(paragraph, level);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            byte d = com.ibm.icu.text.Bidi.getBaseDirection(paragraph);
            return d == com.ibm.icu.text.Bidi.RTL ? RTL : d == com.ibm.icu.text.Bidi.LTR ? LTR : NEUTRAL;
        }
    }

    /** Joins Arabic letters into their contextual forms and lays a right-to-left run out for drawing. */
    static final class Reorderer implements BidiReorderer {
        @Override
        public String reorderRTLTextToLTR(String text) {
            return com.ibm.icu.text.Bidi.writeReverse(text, com.ibm.icu.text.Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_FIXED_SPACES_NEAR);
        }

        @Override
        public String deshapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_UNSHAPE);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static String shape(String text, int options) {
            try {
                return new ArabicShaping(options).shape(text);
            } catch (ArabicShapingException e) {
                return text; // unshapeable input is drawn as written rather than lost
            }
        }
    }
}
