package vn.theodoi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import vn.theodoi.shared.InvalidSortException;

/**
 * Sorting as a whitelist: a list names the properties it may be sorted by (as clients spell them,
 * mapped to what the query sorts on); anything else is a 400, never a 500 and never a column the
 * list did not mean to offer (a password hash, say).
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * The page request with each sort property replaced by the one it maps to; throws
     * {@link InvalidSortException} for a property not in {@code allowed}.
     */
    public static Pageable restrict(Pageable pageable, Map<String, String> allowed) {
        if (pageable.getSort().isUnsorted()) {
            return pageable;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            String mapped = allowed.get(order.getProperty());
            if (mapped == null) {
                throw new InvalidSortException(order.getProperty(), allowed.keySet().stream().sorted().toList());
            }
            orders.add(order.withProperty(mapped));
        }
        return pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders))
                : Pageable.unpaged(Sort.by(orders));
    }
}
