package org.famstruct.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Binds an option built in code to a field of its command: picocli reads the field through
 * {@code get} (a list option adds to what is there) and writes it through {@code set}, where a
 * setter may also refuse a value. A class rather than lambdas: picocli's getter and setter
 * methods are generic, which no lambda can implement.
 */
final class Bind<V> implements IGetter, ISetter {
    private final Supplier<V> get;
    private final Consumer<V> set;

    private Bind(Supplier<V> get, Consumer<V> set) {
        this.get = get;
        this.set = set;
    }

    static <V> Bind<V> to(Supplier<V> get, Consumer<V> set) {
        return new Bind<>(get, set);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        return (T) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
        T previous = (T) get.get();
        set.accept((V) value);
        return previous;
    }
}
