package vn.theodoi.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.theodoi.shared.InputText;

/**
 * Form fields, query parameters and path variables of every controller go through {@link InputText}:
 * refused text is a binding error (the form shows it on the field, the API answers 400), accepted
 * text is NFC-normalized. JSON bodies are handled by {@link StrictJson}.
 */
@ControllerAdvice
class StrictForms {

    /** Message code of the binding error a refused text becomes. */
    static final String REFUSED_TEXT = "typeMismatch.java.lang.String";

    @InitBinder
    void strictText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(InputText.accept(text));
            }
        });
    }
}
