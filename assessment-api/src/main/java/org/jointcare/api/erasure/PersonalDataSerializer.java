package org.jointcare.api.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Personal;

/**
 * Axon's JacksonSerializer for events, with every {@link Personal} component of a care record
 * event stored encrypted (AES-256-GCM) under a key of its own entry ({@link PersonalDataKeys}).
 * The stored JSON keeps its shape: a personal value is replaced by an envelope
 * <pre>{"$personal":1,"record":"…","key":"…","data":"base64(nonce|ciphertext)","erased":placeholder}</pre>
 * The placeholder (no personal data: {@code "[erased]"}, {@code []}, null, or the mark's
 * {@code erasedAs}) is what the value reads as once its key is destroyed, so an erased event still
 * reads as the same type and every view can replay past it to the erasure.
 *
 * <p>Events stored before this (plain JSON, no envelopes) read as they are.
 */
public class PersonalDataSerializer implements Serializer {

    static final String MARK = "$personal";

    private final Serializer delegate;
    private final ObjectMapper json;
    private final PersonalDataKeys keys;

    public PersonalDataSerializer(Serializer delegate, ObjectMapper json, PersonalDataKeys keys) {
        this.delegate = delegate;
        this.json = json;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof CareRecordEvent event)) {
            return delegate.serialize(object, expectedRepresentation);
        }
        JsonNode tree = json.valueToTree(object);
        Sealer sealer = new Sealer(event.careRecordId());
        seal(event, tree, sealer);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + object.getClass().getSimpleName(), e);
        }
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(bytes, byte[].class, typeForClass(object.getClass()));
        return getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return delegate.deserialize(serializedObject);
        }
        SerializedObject<JsonNode> tree = getConverter().convert(serializedObject, JsonNode.class);
        JsonNode opened = open(tree.getData());
        return delegate.deserialize(new SimpleSerializedObject<>(opened, JsonNode.class, serializedObject.getType()));
    }

    /** The key ids an entry's stored payload uses: what shredding that one entry destroys. */
    public List<String> keyIdsIn(byte[] storedPayload) {
        List<String> found = new ArrayList<>();
        try {
            collectKeyIds(json.readTree(storedPayload), found);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read a stored payload", e);
        }
        return found;
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    // ------------------------------------------------------------ writing

    private final class Sealer {
        private final UUID careRecordId;
        private PersonalDataKeys.EntryKey entryKey;

        Sealer(UUID careRecordId) {
            this.careRecordId = careRecordId;
        }

        JsonNode envelope(JsonNode value, Object javaValue, Personal mark) {
            if (entryKey == null) {
                entryKey = keys.newEntryKey(careRecordId);
            }
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            envelope.put(MARK, 1);
            envelope.put("record", careRecordId.toString());
            envelope.put("key", entryKey.keyId());
            byte[] sealed = Aes.encrypt(entryKey.key(), value.toString().getBytes(StandardCharsets.UTF_8),
                    associated(careRecordId.toString(), entryKey.keyId()));
            envelope.put("data", Base64.getEncoder().encodeToString(sealed));
            envelope.set("erased", placeholder(javaValue, mark));
            return envelope;
        }
    }

    private static void seal(Object value, JsonNode node, Sealer sealer) {
        if (value instanceof Record record && node instanceof ObjectNode object) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part = read(component, record);
                if (part == null || !object.has(component.getName())) {
                    continue;
                }
                Personal mark = component.getAnnotation(Personal.class);
                if (mark != null) {
                    object.set(component.getName(), sealer.envelope(object.get(component.getName()), part, mark));
                } else {
                    seal(part, object.get(component.getName()), sealer);
                }
            }
        } else if (value instanceof Collection<?> collection && node instanceof ArrayNode array) {
            Iterator<?> items = collection.iterator();
            for (int i = 0; i < array.size() && items.hasNext(); i++) {
                seal(items.next(), array.get(i), sealer);
            }
        }
    }

    private static JsonNode placeholder(Object javaValue, Personal mark) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (!mark.erasedAs().isEmpty()) {
            return nodes.textNode(mark.erasedAs());
        }
        if (javaValue instanceof CharSequence) {
            return nodes.textNode(Personal.ERASED);
        }
        if (javaValue instanceof Collection<?>) {
            return nodes.arrayNode();
        }
        if (javaValue instanceof Map<?, ?>) {
            return nodes.objectNode();
        }
        if (javaValue instanceof Boolean) {
            return nodes.booleanNode(false);
        }
        if (javaValue instanceof Number) {
            return nodes.numberNode(0);
        }
        return nodes.nullNode();
    }

    // ------------------------------------------------------------ reading

    private JsonNode open(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has(MARK)) {
                return openEnvelope(object);
            }
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, open(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, open(array.get(i)));
            }
        }
        return node;
    }

    private JsonNode openEnvelope(ObjectNode envelope) {
        String record = envelope.path("record").asText();
        String keyId = envelope.path("key").asText();
        Optional<SecretKey> key = keys.find(record, keyId);
        if (key.isEmpty()) {
            return envelope.path("erased");
        }
        byte[] plain = Aes.decrypt(key.get(), Base64.getDecoder().decode(envelope.path("data").asText()), associated(record, keyId));
        try {
            return json.readTree(plain);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A decrypted personal field is not JSON", e);
        }
    }

    private static void collectKeyIds(JsonNode node, List<String> found) {
        if (node.isObject() && node.has(MARK)) {
            String keyId = node.path("key").asText();
            if (!found.contains(keyId)) {
                found.add(keyId);
            }
            return;
        }
        node.forEach(child -> collectKeyIds(child, found));
    }

    private static byte[] associated(String record, String keyId) {
        return (record + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
