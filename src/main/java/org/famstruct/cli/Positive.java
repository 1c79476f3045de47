package org.famstruct.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the count and limit options: a whole number of at least 1. Zero or a negative
 * limit would refuse every file (or, for some, silently mean "no limit"), so it is a usage error.
 */
final class Positive {
    private Positive() {}

    static final class IntConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Math.toIntExact(parse(value, Integer.MAX_VALUE));
        }
    }

    static final class LongConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value, Long.MAX_VALUE);
        }
    }

    private static long parse(String value, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1 || n > max) {
            throw new TypeConversionException("must be between 1 and " + max + ", not " + n);
        }
        return n;
    }
}
