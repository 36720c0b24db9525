package vn.theodoi.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organization tree and the provinces as one immutable snapshot held in memory: pages and
 * scopes look organizations up here instead of reading the tree on every request.
 */
public final class OrganizationDirectory {

    private final List<OrganizationView> all;
    private final Map<Long, OrganizationView> byId;
    private final Map<String, OrganizationView> byCode;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final List<Province> provinces;
    private final Map<String, Province> provinceByCode;

    OrganizationDirectory(List<OrganizationView> all, List<Province> provinces) {
        this.all = List.copyOf(all);
        this.byId = all.stream().collect(Collectors.toUnmodifiableMap(OrganizationView::id, Function.identity()));
        this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(OrganizationView::code, Function.identity()));
        for (OrganizationView view : all) {
            if (view.parentId() != null) {
                children.computeIfAbsent(view.parentId(), k -> new ArrayList<>()).add(view.id());
            }
        }
        this.provinces = List.copyOf(provinces);
        this.provinceByCode = provinces.stream()
                .collect(Collectors.toUnmodifiableMap(Province::getCode, Function.identity()));
    }

    /** Every organization, in display order. */
    public List<OrganizationView> all() {
        return all;
    }

    public Optional<OrganizationView> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** {@link OrganizationView#committeeProvince()} of the organization; null for none. */
    public String committeeProvinceOf(Long id) {
        return byId(id).map(OrganizationView::committeeProvince).orElse(null);
    }

    public Optional<OrganizationView> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The organization and every organization below it: a unit's organizational scope. */
    public Set<Long> subtreeOf(Long rootId) {
        Set<Long> subtree = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(rootId));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (subtree.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return subtree;
    }

    /** The 34 current provinces first, then the 63 earlier ones. */
    public List<Province> provinces() {
        return provinces;
    }

    public Optional<Province> province(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(provinceByCode.get(code));
    }

    /** The province and the earlier provinces merged into it: where its records may be filed. */
    public Set<String> provinceAndPredecessors(String code) {
        Set<String> codes = new HashSet<>(Set.of(code));
        provinces.stream().filter(p -> code.equals(p.getSuccessorCode())).forEach(p -> codes.add(p.getCode()));
        return codes;
    }
}
