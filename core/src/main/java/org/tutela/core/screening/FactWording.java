package org.tutela.core.screening;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders facts in a language from the facts bundle ({@code facts.properties} next to this class, and
 * {@code facts_<lang>.properties}); codes are put into words by the {@code code.<CODE>} keys. A fact
 * without a message, or whose key the bundle lacks, keeps the statement it was made with.
 */
public final class FactWording {
    static final String BUNDLE = "org.tutela.core.screening.facts";
    static final String PACK = "org.tutela.core.screening.red-flags";
    private static final java.util.regex.Pattern FLAG_ID = java.util.regex.Pattern.compile("TNR-\\d{2}");

    private FactWording() {
    }

    /**
     * A reason worded as messages in {@code locale}: the first says why, the others are notes on it, in
     * parentheses after it. {@code fallback} (the plain text stored with it) when it has no message, as in
     * reports stored before reasons carried messages, or when the bundle lacks one of its keys.
     */
    public static String render(java.util.List<Message> wording, Locale locale, String fallback) {
        if (wording.isEmpty()) {
            return fallback;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Message m : wording) {
            String part = render(m, locale, null);
            if (part == null) {
                return fallback;
            }
            parts.add(part);
        }
        return parts.size() == 1 ? parts.get(0)
                : parts.get(0) + " (" + String.join("; ", parts.subList(1, parts.size())) + ")";
    }

    /** A reason's English words, kept beside its messages for readers of the JSON that do not render them. */
    public static String english(java.util.List<Message> wording) {
        return render(wording, Locale.ENGLISH, wording.isEmpty() ? "" : wording.get(0).key());
    }

    public static String render(Fact fact, Locale locale) {
        return fact.message().map(m -> render(m, locale, fact.statement())).orElse(fact.statement());
    }

    /**
     * The message in {@code locale}; {@code fallback} when the bundle has no such key. A key the facts
     * bundle lacks is looked up in the rule pack's wording (a band's meaning), which is no pattern.
     */
    public static String render(Message message, Locale locale, String fallback) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(message.key())) {
            ResourceBundle pack = pack(locale);
            return pack != null && pack.containsKey(message.key()) && message.args().isEmpty()
                    ? pack.getString(message.key()).strip() : fallback;
        }
        // counts are numbers, so that a pattern may choose its words by them ({0,choice,...})
        Object[] args = message.args().stream().map(a -> a.words().isPresent() ? render(a.words().get(), locale, a.value())
                : a.code() ? code(bundle, a.value())
                : a.value().matches("-?\\d{1,9}") ? (Object) Long.valueOf(a.value()) : a.value()).toArray();
        return new MessageFormat(bundle.getString(message.key()), locale).format(args);
    }

    /** The words for a code of the registry in {@code locale} (REFUGEE: "refugee", "réfugié"); empty where the bundle has none. */
    public static java.util.Optional<String> code(String code, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String key = "code." + code;
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    /** The words for a code, e.g. REFUGEE: "refugee"; a code the bundle lacks is written in lower case. */
    static String code(ResourceBundle bundle, String code) {
        if (code.startsWith(Message.DATE_CODE)) {
            return org.tutela.core.registry.DateWording.format(
                    org.tutela.core.registry.ApproximateDate.of(code.substring(Message.DATE_CODE.length())), bundle.getLocale());
        }
        if (code.startsWith(Message.SINCE_CODE)) {
            return org.tutela.core.registry.DateWording.since(
                    org.tutela.core.registry.ApproximateDate.of(code.substring(Message.SINCE_CODE.length())), bundle.getLocale());
        }
        if (code.contains(",")) {
            // a list of flags reads as titles separated by semicolons, other codes by commas
            return java.util.Arrays.stream(code.split(",")).map(one -> code(bundle, one))
                    .collect(java.util.stream.Collectors.joining(FLAG_ID.matcher(code.split(",")[0]).matches() ? "; " : ", "));
        }
        if (code.startsWith(Message.STATE)) {
            String cc = code.substring(Message.STATE.length());
            return org.tutela.core.registry.Country.of(cc).name(bundle.getLocale()) + " (" + cc + ")";
        }
        if (FLAG_ID.matcher(code).matches()) {
            // a flag is named by its title in the rule pack's wording, never by its id
            ResourceBundle pack = pack(bundle.getLocale());
            String key = "flag." + code + ".title";
            return pack != null && pack.containsKey(key) ? pack.getString(key).strip() : code;
        }
        String key = "code." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static ResourceBundle pack(Locale locale) {
        try {
            return ResourceBundle.getBundle(PACK, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the facts bundle " + BUNDLE + " is missing from the class path", e);
        }
    }
}
