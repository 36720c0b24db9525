package vn.theodoi.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;

/**
 * Writes whole aggregates (an entity, its element collections and the entities it owns through
 * one-to-many associations) with multi-row JDBC inserts, reading tables and columns from the
 * entities' own JPA mapping, so no column list is written twice. For data generated or imported
 * in bulk, where JPA's one insert per row (identity ids) is too slow. The root must have its id;
 * owned entities' identity ids are left to the database. Handles the mappings this
 * project uses: basic columns, enums by name, {@code @ElementCollection} of basic values,
 * {@code @OneToMany} with {@code @JoinColumn} or {@code mappedBy} a {@code @ManyToOne}.
 */
public final class BulkInsert implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Buffer> tables = new LinkedHashMap<>();

    public BulkInsert(Connection connection) {
        this.connection = connection;
    }

    /** Buffers the aggregate's rows; its root has its id already. */
    public void add(Object root) {
        write(root, null, null);
    }

    /** Buffers the aggregate's rows, giving its root the id {@code id} first (for identity ids taken in bulk). */
    public void add(Object root, long id) {
        try {
            Field field = Mapping.of(root.getClass()).id;
            field.set(root, field.getType() == long.class ? id : Long.valueOf(id));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        write(root, null, null);
    }

    /** Writes what is buffered, parents before children so foreign keys hold at every statement. */
    public void flush() throws SQLException {
        for (Buffer table : tables.values()) {
            table.flush();
        }
    }

    /** Rows written so far. */
    public long rows() {
        return tables.values().stream().mapToLong(t -> t.written).sum();
    }

    /** The tables written to, in the order they were first written. */
    public List<String> tableNames() {
        return tables.values().stream().map(t -> t.name).distinct().toList();
    }

    @Override
    public void close() throws SQLException {
        for (Buffer table : tables.values()) {
            table.close();
        }
    }

    // ------------------------------------------------------------------ mapping

    private void write(Object entity, String foreignKey, Object ownerId) {
        Mapping mapping = Mapping.of(entity.getClass());
        Object id = get(mapping.id, entity);
        boolean withId = id != null || !mapping.id.isAnnotationPresent(GeneratedValue.class);
        Buffer table = tables.computeIfAbsent(mapping.type.getName() + "|" + foreignKey + "|" + withId,
                k -> new Buffer(connection, mapping.table, mapping.columnNames(foreignKey, withId)));
        List<Field> columns = mapping.columns(withId);
        Object[] row = new Object[columns.size() + (foreignKey == null ? 0 : 1)];
        int i = 0;
        if (foreignKey != null) {
            row[i++] = ownerId;
        }
        for (Field field : columns) {
            row[i++] = jdbcValue(field, get(field, entity));
        }
        table.add(row);

        for (Field field : mapping.elementCollections) {
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            String key = collection.joinColumns()[0].name();
            Buffer values = tables.computeIfAbsent(collection.name() + "|" + key,
                    k -> new Buffer(connection, collection.name(), List.of(key, columnName(field))));
            for (Object element : (Collection<?>) get(field, entity)) {
                values.add(new Object[] {id, jdbcValue(field, element)});
            }
        }
        for (Field field : mapping.owned) {
            OneToMany association = field.getAnnotation(OneToMany.class);
            String key = association.mappedBy().isEmpty() ? field.getAnnotation(JoinColumn.class).name() : null;
            for (Object child : (Collection<?>) get(field, entity)) {
                write(child, key, id);
            }
        }
    }

    /** One entity class's mapping, read once. */
    private record Mapping(Class<?> type, String table, Field id, List<Field> columns, List<Field> elementCollections,
            List<Field> owned) {

        private static final Map<Class<?>, Mapping> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Mapping of(Class<?> type) {
            return CACHE.computeIfAbsent(type, t -> {
                List<Field> fields = fields(t);
                Field id = fields.stream().filter(f -> f.isAnnotationPresent(Id.class)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No @Id on " + t));
                return new Mapping(t, tableName(t), id, fields.stream().filter(BulkInsert::isColumn).toList(),
                        fields.stream().filter(f -> f.isAnnotationPresent(ElementCollection.class)).toList(),
                        fields.stream().filter(f -> f.isAnnotationPresent(OneToMany.class)).toList());
            });
        }

        List<Field> columns(boolean withId) {
            return withId ? columns : columns.stream().filter(f -> !f.equals(id)).toList();
        }

        List<String> columnNames(String foreignKey, boolean withId) {
            List<String> names = new ArrayList<>();
            if (foreignKey != null) {
                names.add(foreignKey);
            }
            columns(withId).forEach(f -> names.add(columnName(f)));
            return names;
        }
    }

    private static boolean isColumn(Field field) {
        return !Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(Transient.class)
                && !field.isAnnotationPresent(OneToMany.class) && !field.isAnnotationPresent(ElementCollection.class);
    }

    private static String columnName(Field field) {
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if (field.isAnnotationPresent(ManyToOne.class) && join != null) {
            return join.name();
        }
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        // Spring Boot's default physical naming: camelCase to snake_case
        return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String tableName(Class<?> type) {
        return type.getAnnotation(jakarta.persistence.Table.class).name();
    }

    private static Object jdbcValue(Field field, Object value) {
        if (value == null) {
            // JPA's first version of a new entity
            return field.isAnnotationPresent(jakarta.persistence.Version.class) ? 0L : null;
        }
        if (value instanceof Enum<?> e) {
            Enumerated enumerated = field.getAnnotation(Enumerated.class);
            if (enumerated == null || enumerated.value() != EnumType.STRING) {
                throw new IllegalArgumentException("Only enums stored by name: " + field);
            }
            return e.name();
        }
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (field.isAnnotationPresent(ManyToOne.class)) {
            Object id = get(Mapping.of(value.getClass()).id, value);
            if (id == null) {
                throw new IllegalArgumentException("A reference to an unsaved entity: " + field);
            }
            return id;
        }
        return value;
    }

    // ------------------------------------------------------------------ reflection

    private static List<Field> fields(Class<?> type) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    all.add(f);
                }
            }
        }
        return List.copyOf(all);
    }

    private static Object get(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ one table's buffer

    /** Full statements of {@code rowsPerStatement} rows are prepared once and reused. */
    private static final class Buffer implements AutoCloseable {
        private final Connection connection;
        private final String name;
        private final String columns;
        private final int width;
        private final int rowsPerStatement;
        private final List<Object[]> buffer = new ArrayList<>();
        private PreparedStatement full;
        long written;

        Buffer(Connection connection, String name, List<String> columns) {
            this.connection = connection;
            this.name = name;
            this.columns = String.join(", ", columns);
            this.width = columns.size();
            // PostgreSQL allows 32767 parameters in one statement
            this.rowsPerStatement = Math.min(1000, 30_000 / width);
        }

        void add(Object[] row) {
            buffer.add(row);
        }

        void flush() throws SQLException {
            int from = 0;
            for (; buffer.size() - from >= rowsPerStatement; from += rowsPerStatement) {
                if (full == null) {
                    full = connection.prepareStatement(sql(rowsPerStatement));
                }
                execute(full, buffer.subList(from, from + rowsPerStatement));
            }
            if (from < buffer.size()) {
                try (PreparedStatement partial = connection.prepareStatement(sql(buffer.size() - from))) {
                    execute(partial, buffer.subList(from, buffer.size()));
                }
            }
            buffer.clear();
        }

        private void execute(PreparedStatement statement, List<Object[]> rows) throws SQLException {
            int i = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(i++, value);
                }
            }
            statement.executeUpdate();
            written += rows.size();
        }

        private String sql(int rows) {
            StringBuilder sql = new StringBuilder("insert into ").append(name).append(" (").append(columns)
                    .append(") values ");
            String one = "(" + "?,".repeat(width - 1) + "?)";
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ",").append(one);
            }
            return sql.toString();
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
