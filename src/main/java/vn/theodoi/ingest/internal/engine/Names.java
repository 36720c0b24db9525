package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.theodoi.ingest.internal.engine.AliasIndex.Capitals;
import vn.theodoi.ingest.internal.engine.Dictionary.OrganizationEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.PersonEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.ProvinceEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.RecordEntry;

/**
 * The dictionary's entries under every name a text may use for them: an organization under its name, its short
 * name and the shorter forms texts write ("Ban Chỉ đạo tỉnh Nghệ An" for the provincial steering committee,
 * "Công an Hà Nội"); a province under its name ("TP. Hồ Chí Minh" also as "Thành phố Hồ Chí Minh"); a record
 * under its code, the names its title gives ({@link RecordNames}) and its persons' full names.
 */
final class Names {

    private static final List<String> CAMPAIGN = List.of(" về phòng, chống tham nhũng, lãng phí, tiêu cực",
            " phòng, chống tham nhũng, lãng phí, tiêu cực", " về phòng, chống tham nhũng, tiêu cực",
            " phòng, chống tham nhũng, tiêu cực");

    final AliasIndex index = new AliasIndex();
    final Map<String, OrganizationEntry> organizations = new HashMap<>();
    final Map<String, ProvinceEntry> provinces = new HashMap<>();
    final Map<Long, RecordEntry> records = new HashMap<>();
    final List<PersonEntry> persons;

    Names(Dictionary dictionary) {
        for (ProvinceEntry p : dictionary.provinces()) {
            provinces.put(p.code(), p);
        }
        for (OrganizationEntry o : dictionary.organizations()) {
            organizations.put(o.code(), o);
            List<String> aliases = organizationAliases(o);
            aliasesOf.put(o.code(), aliases);
            for (String alias : aliases) {
                index.add(alias, Match.Kind.ORGANIZATION, o.code(), Capitals.FIRST, null);
            }
        }
        // a current province first: "Hà Nội" names VN-01, not the same city before 2025
        dictionary.provinces().stream().sorted(java.util.Comparator.comparing(p -> p.successorCode() != null))
                .forEach(p -> {
                    for (String alias : provinceAliases(p.name())) {
                        if (p.successorCode() == null || !index.holds(alias)) {
                            index.add(alias, Match.Kind.PROVINCE, p.code(), Capitals.ALL, null);
                        }
                    }
                });
        for (RecordEntry r : dictionary.records()) {
            records.put(r.id(), r);
            String key = Long.toString(r.id());
            index.add(r.code(), Match.Kind.RECORD, key, Capitals.NONE, "CODE");
            Set<String> names = new LinkedHashSet<>(r.names());
            names.addAll(RecordNames.of(r.title()));
            for (String name : names) {
                if (!takenByOrganizationOrProvince(name)) {
                    index.add(name, Match.Kind.RECORD, key, Capitals.ALL, "NAME");
                }
            }
        }
        this.persons = dictionary.persons();
        for (int i = 0; i < persons.size(); i++) {
            PersonEntry person = persons.get(i);
            if (Tokens.of(person.name()).size() >= 2) {
                index.add(person.name(), Match.Kind.PERSON, Integer.toString(i), Capitals.ALL, "PERSON");
            }
        }
    }

    private final Set<String> staticNames = new java.util.HashSet<>();
    private final Map<String, List<String>> aliasesOf = new HashMap<>();

    /**
     * A text about one province calls its bodies without the province's name: "Công an tỉnh", "Ban Chỉ đạo thành
     * phố", "Viện kiểm sát nhân dân tỉnh", "Ban Nội chính Tỉnh ủy". These names are added for the province given.
     */
    void addLocalBodies(String provinceCode) {
        ProvinceEntry province = provinces.get(provinceCode);
        if (province == null) {
            return;
        }
        List<String> placeNames = provinceAliases(province.name());
        for (OrganizationEntry o : organizations.values()) {
            if (o.provinceCode() == null || !current(o.provinceCode()).equals(provinceCode)) {
                continue;
            }
            Set<String> stems = new LinkedHashSet<>();
            for (String alias : aliasesOf.getOrDefault(o.code(), List.of())) {
                for (String place : placeNames) {
                    if (alias.endsWith(" " + place)) {
                        String stem = alias.substring(0, alias.length() - place.length() - 1);
                        if (Tokens.of(stem).size() >= 2 && (stem.endsWith(" tỉnh") || stem.endsWith(" thành phố")
                                || stem.endsWith(" Thành phố") || stem.endsWith(" Tỉnh ủy") || stem.endsWith(" Thành ủy"))) {
                            stems.add(stem);
                        }
                    }
                }
            }
            stems.forEach(stem -> index.add(stem, Match.Kind.ORGANIZATION, o.code(), Capitals.FIRST, null));
        }
    }

    private boolean takenByOrganizationOrProvince(String name) {
        return staticNames.contains(vn.theodoi.shared.VietnameseText.fold(name));
    }

    private List<String> organizationAliases(OrganizationEntry o) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String base : new String[] {o.name(), o.shortName()}) {
            if (base == null) {
                continue;
            }
            aliases.add(base);
            String shorter = base;
            for (String campaign : CAMPAIGN) {
                shorter = shorter.replace(campaign, "");
            }
            aliases.add(shorter);
            aliases.add(base.replace("tham nhũng, lãng phí, tiêu cực", "tham nhũng, tiêu cực"));
            // a code in brackets at the end is a name of its own: "(C03)"
            java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)$").matcher(base);
            if (bracket.matches()) {
                aliases.add(bracket.group(1));
                if (bracket.group(2).matches("[A-Z0-9Đ-]{2,}")) {
                    aliases.add(bracket.group(2));
                }
            }
        }
        for (String alias : List.copyOf(aliases)) {
            // "Công an thành phố Hà Nội" is also "Công an Hà Nội", "Công an TP. Hà Nội", "Công an TP Hà Nội"
            for (String place : new String[] {"thành phố ", "Thành phố ", "TP. ", "TP "}) {
                if (alias.contains(" " + place)) {
                    aliases.add(alias.replace(" " + place, " "));
                    aliases.add(alias.replace(" " + place, " TP. "));
                    aliases.add(alias.replace(" " + place, " TP "));
                    aliases.add(alias.replace(" " + place, " thành phố "));
                }
            }
            if (alias.contains(" tỉnh ")) {
                aliases.add(alias.replace(" tỉnh ", " "));
            }
        }
        // the province under its other names: "Công an TP.HCM"
        ProvinceEntry province = o.provinceCode() == null ? null : provinces.get(o.provinceCode());
        if (province != null) {
            List<String> names = provinceAliases(province.name());
            for (String alias : List.copyOf(aliases)) {
                for (String name : names) {
                    if (alias.endsWith(" " + name)) {
                        String stem = alias.substring(0, alias.length() - name.length());
                        names.forEach(other -> aliases.add(stem + other));
                    }
                }
            }
        }
        // "Thường trực Ban Chỉ đạo", "Ban Nội chính": the central bodies without "Trung ương"
        if ("STANDING_MEMBERS".equals(o.type()) || "COMMISSION".equals(o.type())) {
            for (String alias : List.copyOf(aliases)) {
                if (alias.endsWith(" Trung ương")) {
                    aliases.add(alias.substring(0, alias.length() - " Trung ương".length()));
                }
            }
        }
        aliases.removeIf(a -> a.isBlank() || Tokens.of(a).size() == 1 && !Tokens.of(a).get(0).allCaps()
                && Tokens.of(a).get(0).kind() != Token.Kind.CODE);
        aliases.forEach(a -> staticNames.add(vn.theodoi.shared.VietnameseText.fold(a)));
        return new ArrayList<>(aliases);
    }

    private List<String> provinceAliases(String name) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        if (name.startsWith("TP. ")) {
            String city = name.substring(4);
            aliases.add("Thành phố " + city);
            aliases.add("thành phố " + city);
            aliases.add("TP " + city);
            if (city.equals("Hồ Chí Minh")) {
                aliases.add("TP.HCM");
                aliases.add("TPHCM");
                aliases.add("TP. HCM");
            }
        }
        if (name.contains(" - ")) {
            aliases.add(name.replace(" - ", "-"));
            aliases.add(name.replace(" - ", " "));
        }
        if (name.equals("Thừa Thiên Huế")) {
            aliases.add("Thừa Thiên - Huế");
        }
        aliases.forEach(a -> staticNames.add(vn.theodoi.shared.VietnameseText.fold(a)));
        return new ArrayList<>(aliases);
    }

    /** The province itself, or the one it was merged into in 2025. */
    String current(String provinceCode) {
        ProvinceEntry p = provinces.get(provinceCode);
        return p == null || p.successorCode() == null ? provinceCode : p.successorCode();
    }
}
