package org.tutela.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the statements run through a data source and the rows they returned: what a test measures a
 * reading's cost by (what it asks, and how much comes back), never time. Hand-written over JDK proxies
 * because what is counted is the real driver's work on the real database.
 */
public final class StatementCounter {
    private static final Set<Class<?>> WRAPPED = Set.of(Connection.class, Statement.class, PreparedStatement.class, ResultSet.class);

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger rows = new AtomicInteger();

    /** {@code inner}, counting what goes through it. */
    public DataSource wrap(DataSource inner) {
        return proxy(DataSource.class, inner);
    }

    public int statements() {
        return statements.get();
    }

    public int rows() {
        return rows.get();
    }

    public void reset() {
        statements.set(0);
        rows.set(0);
    }

    private <T> T proxy(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows.incrementAndGet();
            }
            return result != null && WRAPPED.contains(method.getReturnType()) ? proxy(method.getReturnType(), result) : result;
        }));
    }
}
