package org.backcare.kiosk.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a handout is printed: the computer's default printer, with no dialog. The kiosk asks
 * {@link #defaultPrinter()} before it shows a print button, so a kiosk with no printer shows none.
 */
public interface HandoutPrinter {

    /** The default printer's name, or empty when there is none. Never throws. */
    Optional<String> defaultPrinter();

    /**
     * Prints the handout's PDF on the default printer, with no dialog; returns when the job is
     * handed to the printing system (the printer may still be warming up).
     *
     * @throws IOException when there is no printer or the printing system refuses the job
     */
    void print(byte[] pdf, String jobName) throws IOException;

    /** No printer at all: the print button never shows. */
    HandoutPrinter NONE = new HandoutPrinter() {
        @Override
        public Optional<String> defaultPrinter() {
            return Optional.empty();
        }

        @Override
        public void print(byte[] pdf, String jobName) throws IOException {
            throw new IOException("no printer");
        }
    };

    /**
     * The computer's printing system (CUPS on Linux and macOS, the spooler on Windows). The PDFBox
     * document itself is printed through Java's printing: the pages go to the printer as vectors
     * with the embedded fonts, exactly as the saved PDF looks. JavaFX's printing is not used: it
     * throws when there is no printer, and prints nodes of the screen, not a paper layout.
     */
    static HandoutPrinter system() {
        return new HandoutPrinter() {
            private static final Logger LOG = Logger.getLogger(HandoutPrinter.class.getName());

            @Override
            public Optional<String> defaultPrinter() {
                return service().map(PrintService::getName);
            }

            private Optional<PrintService> service() {
                try {
                    return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
                } catch (RuntimeException | LinkageError e) {
                    // A missing or broken printing library (libcups) means no printer, not a crash.
                    LOG.log(Level.INFO, "Cannot ask the printing system for a printer", e);
                    return Optional.empty();
                }
            }

            @Override
            public void print(byte[] pdf, String jobName) throws IOException {
                PrintService printer = service().orElseThrow(() -> new IOException("there is no default printer"));
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setPrintService(printer);
                    job.setJobName(jobName);
                    job.setPageable(new PDFPageable(doc));
                    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
                    attributes.add(new JobName(jobName, null));
                    job.print(attributes);
                } catch (PrinterException | RuntimeException e) {
                    throw new IOException("the printer " + printer.getName() + " refused the handout: " + e.getMessage(), e);
                }
            }
        };
    }
}
