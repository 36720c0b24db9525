package vn.theodoi.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * PDF documents from Thymeleaf templates written as XHTML, set in Liberation Serif (metrically
 * Times New Roman, with every Vietnamese glyph; SIL Open Font License, shipped in
 * {@code fonts/liberation-serif}), so a document reads the same on every machine, the embedded
 * default included. Templates name the font family {@value #FONT}.
 */
@Component
public class PdfDocuments {

    public static final String FONT = "Liberation Serif";
    private static final String FONTS = "fonts/liberation-serif/LiberationSerif-";

    private final SpringTemplateEngine templates;

    PdfDocuments(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String xhtml = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("Regular"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("Bold"), FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("Italic"), FONT, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> font("BoldItalic"), FONT, 700, FontStyle.ITALIC, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String style) {
        try {
            return new ClassPathResource(FONTS + style + ".ttf").getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
