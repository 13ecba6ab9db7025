package org.throughcare.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One interpretation setting, declared once: where the catalogue records an ambiguity with a chosen reading and an
 * alternative, the chosen reading is the default and the others are its alternatives. The declaration drives the
 * parsing of {@code NAME=VALUE} (CLI, JSON callers), the decision's provenance and the documentation's table; the
 * registry is {@link Settings#ALL}.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
    private final String name;
    private final List<String> catalogueIds;
    private final T defaultValue;
    private final List<T> values;
    private final Function<T, String> text;
    private final String meaning;
    private final String example;

    Setting(String name, List<String> catalogueIds, T defaultValue, List<T> values, Function<T, String> text,
            String meaning, String example) {
        this.name = Objects.requireNonNull(name, "name");
        this.catalogueIds = List.copyOf(catalogueIds);
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.values = List.copyOf(values);
        this.text = Objects.requireNonNull(text, "text");
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.example = Objects.requireNonNull(example, "example");
        if (!this.values.contains(defaultValue)) {
            throw new IllegalArgumentException("the default of " + name + " must be one of its values");
        }
    }

    /** @return the setting's name, as given in {@code NAME=VALUE} and in the provenance, e.g. "weekendReliefMode" */
    public String name() {
        return name;
    }

    /** @return the catalogue conventions and ambiguities it settles, e.g. [TC-10, AMB-31e] */
    public List<String> catalogueIds() {
        return catalogueIds;
    }

    /**
     * @return the default reading, used unless the caller chooses another: the catalogue's, or the guidance text's
     *         where the project follows the text (docs/conventions.md section 4)
     */
    public T defaultValue() {
        return defaultValue;
    }

    /** @return every value it may take, the default first */
    public List<T> values() {
        return values;
    }

    /** @return the other readings the catalogue records */
    public List<T> alternatives() {
        return values.stream().filter(v -> !v.equals(defaultValue)).toList();
    }

    /** @return what it decides, in words */
    public String meaning() {
        return meaning;
    }

    /** @return where its worked example is (a heading of {@code docs/interpretations.md}) */
    public String example() {
        return example;
    }

    /** @return a value as written in {@code NAME=VALUE} and in the provenance */
    public String text(T value) {
        return text.apply(value);
    }

    /**
     * @return the value the text names
     * @throws IllegalArgumentException naming the setting and its values
     */
    public T parse(String value) {
        Objects.requireNonNull(value, "value");
        for (T v : values) {
            if (text(v).equals(value)) {
                return v;
            }
        }
        throw new IllegalArgumentException("setting " + name + " must be one of "
                + values.stream().map(this::text).toList() + ", was '" + value + "'");
    }

    @Override
    public String toString() {
        return "Setting[" + name + "]";
    }
}
