package org.coopgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * An ISO 3166-1 country with its English and French names, as the JDK's locale data gives them.
 */
public record Country(String iso2, String iso3, String name, String nameFr, List<String> aliases) {

    /** Every ISO 3166-1 alpha-2 country the JDK knows, sorted by code. */
    public static List<Country> all() {
        List<Country> out = new ArrayList<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            String en = l.getDisplayCountry(Locale.ENGLISH);
            String fr = l.getDisplayCountry(Locale.FRENCH);
            String iso3;
            try {
                iso3 = l.getISO3Country();
            } catch (MissingResourceException e) {
                iso3 = null;
            }
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(en);
            aliases.add(fr);
            aliases.add(iso2);
            if (iso3 != null && !iso3.isEmpty()) {
                aliases.add(iso3);
            }
            out.add(new Country(iso2, iso3, en, fr, List.copyOf(aliases)));
        }
        out.sort(Comparator.comparing(Country::iso2));
        return out;
    }

    public Entity toEntity() {
        return new Entity(iso2, EntityType.Country, name, aliases, null, iso2, java.util.Map.of());
    }
}
