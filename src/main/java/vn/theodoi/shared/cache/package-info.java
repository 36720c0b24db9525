/** Caches of reference data, held per node and evicted on change. */
package vn.theodoi.shared.cache;
