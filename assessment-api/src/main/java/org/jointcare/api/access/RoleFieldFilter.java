package org.jointcare.api.access;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.Role;
import org.jointcare.views.WordedLine;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;

/**
 * Each role sees the fields its work needs. A linkworker works from the joint assessment, not the
 * clinical record, so whatever the domain or a view marks {@link Clinical} is left out of every view
 * they read: a field marked so, or any field whose type (or the type of its elements) is marked so,
 * whatever it is called. The views are written out as the typed objects they are, never as trees
 * or maps, so the mark is seen. A clinical value that still reaches the writer for such a reader (a
 * {@link Clinical} type in an untyped position, or a {@link WordedLine} telling clinical content)
 * fails the answer rather than going out.
 */
@Component
public class RoleFieldFilter {

    private final ObjectMapper whole;
    private final ObjectMapper withoutClinical;

    public RoleFieldFilter(ObjectMapper json) {
        this.whole = json;
        this.withoutClinical = json.copy().registerModule(new SimpleModule("without-clinical-content")
                .setSerializerModifier(new WithoutClinicalContent()));
    }

    /** The roles whose work entitles them to clinical detail: GP practice, district nurse, hospital team. */
    public static boolean seesClinicalDetail(Role role) {
        return switch (role) {
            case GP_PRACTICE, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM -> true;
            case LINKWORKER, COMMISSIONER, PRIVACY_OFFICER -> false;
        };
    }

    public JsonNode visibleTo(Role role, Object view) {
        if (view instanceof JsonNode || view instanceof Map || view instanceof CharSequence) {
            // an untyped view has lost the marks that say what is clinical
            throw new IllegalArgumentException("A view must be filtered as its own type, not as " + view.getClass().getName());
        }
        return (seesClinicalDetail(role) ? whole : withoutClinical).valueToTree(view);
    }

    /** The view as this role may read it, its name first, typed by what it holds. */
    public <T> RoleView<T> view(Role role, String name, T view) {
        JsonNode visible = visibleTo(role, view);
        if (visible instanceof ObjectNode object) {
            ObjectNode labelled = object.objectNode().put("view", name);
            labelled.setAll(object);
            return new RoleView<>(labelled);
        }
        return new RoleView<>(visible);
    }

    static boolean isClinical(JavaType type) {
        if (type == null) {
            return false;
        }
        return type.getRawClass().isAnnotationPresent(Clinical.class) || isClinical(type.getContentType());
    }

    private static final class WithoutClinicalContent extends BeanSerializerModifier {

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                         List<BeanPropertyWriter> properties) {
            properties.removeIf(property -> property.getAnnotation(Clinical.class) != null || isClinical(property.getType()));
            return properties;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Clinical.class) || WordedLine.class.isAssignableFrom(type)) {
                return new RefusingClinicalValues((JsonSerializer<Object>) serializer);
            }
            return serializer;
        }
    }

    /** Writes a value as its own serializer would, unless it is clinical content: then the answer fails. */
    private static final class RefusingClinicalValues extends JsonSerializer<Object>
            implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<Object> delegate;

        RefusingClinicalValues(JsonSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            refuseClinical(value, out);
            delegate.serialize(value, out, provider);
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            refuseClinical(value, out);
            delegate.serializeWithType(value, out, provider, types);
        }

        private static void refuseClinical(Object value, JsonGenerator out) throws JsonMappingException {
            if (value.getClass().isAnnotationPresent(Clinical.class) || value instanceof WordedLine line && line.clinical()) {
                throw JsonMappingException.from(out, "Clinical content of " + value.getClass().getSimpleName()
                        + " reached a view for a role not entitled to it");
            }
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            JsonSerializer<?> contextual = delegate instanceof ContextualSerializer c ? c.createContextual(provider, property) : delegate;
            return contextual == delegate ? this : new RefusingClinicalValues((JsonSerializer<Object>) contextual);
        }
    }
}
