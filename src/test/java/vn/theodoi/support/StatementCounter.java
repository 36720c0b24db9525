package vn.theodoi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements the web requests send (tests count statements, never time): the application's
 * DataSource is wrapped, and every statement executed on a Tomcat request thread while counting is on adds
 * one. Scheduled jobs and event listeners run on other threads and are not counted.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final java.util.List<String> SEEN = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private static volatile boolean counting;

    /** Runs the action and answers how many statements request threads executed meanwhile. */
    public static synchronized int statementsOf(Runnable action) {
        COUNT.set(0);
        SEEN.clear();
        counting = true;
        try {
            action.run();
        } finally {
            counting = false;
        }
        return COUNT.get();
    }

    /** The statements counted by the last {@link #statementsOf}, as far as their text is known (for messages). */
    public static java.util.List<String> lastStatements() {
        return java.util.List.copyOf(SEEN);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // the application's DataSource only: with a read replica configured (ReplicaIT) the pools and the routing
        // behind it are beans too, injected by their own classes, which a proxy would not be
        if ("dataSource".equals(beanName) && bean instanceof DataSource dataSource
                && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(dataSource, ClassUtils.getAllInterfaces(bean), (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return (Connection) proxy(connection, ClassUtils.getAllInterfaces(connection), (target, method, args) -> {
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
            return result instanceof Statement statement ? statement(statement, sql) : result;
        });
    }

    private static Statement statement(Statement statement, String prepared) {
        return (Statement) proxy(statement, ClassUtils.getAllInterfaces(statement), (target, method, args) -> {
            if (counting && EXECUTING.contains(method.getName()) && Thread.currentThread().getName().contains("-exec-")) {
                COUNT.incrementAndGet();
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
                SEEN.add(sql.length() > 160 ? sql.substring(0, 160) : sql);
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Object target, Class<?>[] interfaces, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1
                    && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args.length == 1
                    && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return true;
            }
            return call.on(target, method, args);
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
