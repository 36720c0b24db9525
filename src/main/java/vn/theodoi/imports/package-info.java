/**
 * Excel imports (nhập dữ liệu từ Excel): a province's or an agency's XLSX sheet of records (vụ án, vụ việc) or
 * of tasks (nhiệm vụ), read in streaming mode; its columns mapped to fields once per sender (the mapping is
 * kept and proposed again); a dry run that judges every row and writes nothing; then one commit, in one
 * transaction through the records and tasks facades, of the rows the dry run accepted. The row-by-row report
 * is kept and downloadable; every import is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package vn.theodoi.imports;
