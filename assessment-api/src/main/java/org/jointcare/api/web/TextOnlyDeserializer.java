package org.jointcare.api.web;

import java.io.IOException;

import org.jointcare.carerecord.StorableText;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Every string of every request body, read once here: text only. A number or a boolean is not
 * text (the mapper's coercion settings refuse it); a control character is refused naming the field,
 * with line breaks and tabs allowed only in {@link FreeText}. The care record checks the same again
 * for every command ({@link StorableText}), so nothing that reaches it from anywhere else can carry
 * a string a view cannot store either.
 */
final class TextOnlyDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final TextOnlyDeserializer ONE_LINE = new TextOnlyDeserializer(false);
    private static final TextOnlyDeserializer MULTI_LINE = new TextOnlyDeserializer(true);

    private final boolean lineBreaksAllowed;

    private TextOnlyDeserializer(boolean lineBreaksAllowed) {
        super(String.class);
        this.lineBreaksAllowed = lineBreaksAllowed;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(FreeText.class) != null ? MULTI_LINE : ONE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null) {
            int at = StorableText.firstUnstorable(text);
            for (int i = 0; !lineBreaksAllowed && i < text.length() && (at < 0 || i < at); i++) {
                if (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\t') {
                    at = i;
                }
            }
            if (at >= 0) {
                throw new ControlCharacter(parser, text.charAt(at), lineBreaksAllowed);
            }
        }
        return text;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    /** A string holding a character that is not text in this field. */
    static final class ControlCharacter extends JsonMappingException {

        private final String allowed;

        ControlCharacter(JsonParser parser, char character, boolean lineBreaksAllowed) {
            super(parser, String.format("control character U+%04X", (int) character));
            this.allowed = lineBreaksAllowed
                    ? "must not contain control characters such as NUL (line breaks and tabs are fine)"
                    : "must be one line of text without control characters such as NUL, tabs or line breaks";
        }

        String rule() {
            return allowed;
        }
    }
}
