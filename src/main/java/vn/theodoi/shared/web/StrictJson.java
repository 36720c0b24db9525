package vn.theodoi.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.theodoi.shared.InputText;

/**
 * Every JSON body of every module is read strictly, here and nowhere else: enums by name only (no
 * ordinals), integers only from JSON integers (no 2.5, no "2"), booleans only from true/false,
 * text only from JSON strings, unknown properties refused (a misspelt "classificaton" must not be
 * ignored silently), and every string checked and NFC-normalized by {@link InputText}.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** A JSON string refused by {@link InputText}; the API names the field and the reason. */
    public static final class RefusedTextException extends InvalidFormatException {

        private final transient InputText.Refusal refusal;

        RefusedTextException(JsonParser parser, InputText.Refusal refusal) {
            super(parser, "text refused: " + refusal.kind(), null, String.class);
            this.refusal = refusal;
        }

        public InputText.Refusal refusal() {
            return refusal;
        }
    }

    /** Strings as Jackson reads them, then checked and normalized. */
    static final class StrictStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            var refusal = InputText.refusal(value);
            if (refusal.isPresent()) {
                throw new RefusedTextException(p, refusal.get());
            }
            return InputText.accept(value);
        }
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> {
            builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .withCoercionConfig(LogicalType.Integer, c -> c
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Float, c -> c
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Boolean, c -> c
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Enum, c -> c
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Textual, c -> c
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            SimpleModule strictText = new SimpleModule("theodoi-strict-text");
            strictText.addDeserializer(String.class, new StrictStringDeserializer());
            builder.addModule(strictText);
        };
    }
}
