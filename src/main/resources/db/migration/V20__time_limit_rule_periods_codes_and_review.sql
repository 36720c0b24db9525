-- Issue 8: the time-limit table agrees with the Criminal Procedure Code (DOMAIN.md section 4, corrected).
-- Every rule row now carries the period it applies to (valid_from..valid_to: the day a limit starts to run), the
-- Code it applies (BLTTHS_2003 for limits that started before 1 January 2018, BLTTHS_2015 from that day), the
-- reading of chained extensions a lawyer may dispute (extension_counting) and who reviewed it and when (empty
-- until a lawyer signs the table off). The rows shipped by V6 are corrected in place (same ids, version bumped so
-- a correction form opened before this migration is refused); the new rows are added. The result equals
-- deadline/time-limit-rules.csv row for row (FrozenMigrationsTest).
-- Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

alter table time_limit_rule add column valid_from date;
alter table time_limit_rule add column valid_to date;
alter table time_limit_rule add column code varchar(20);
alter table time_limit_rule add column extension_counting varchar(30);
alter table time_limit_rule add column reviewed_by varchar(255);
alter table time_limit_rule add column reviewed_on date;

update time_limit_rule set valid_from = date '2018-01-01', code = 'BLTTHS_2015',
                           extension_counting = 'FROM_UNSHIFTED_END';

alter table time_limit_rule alter column valid_from set not null;
alter table time_limit_rule alter column code set not null;
alter table time_limit_rule alter column extension_counting set not null;

-- one row per stage x severity x variant x period
alter table time_limit_rule drop constraint uq_time_limit_rule;
alter table time_limit_rule add constraint uq_time_limit_rule_period unique (stage, severity, variant, valid_from);

-- A court return is the presiding judge's (Art. 280) or the trial panel's (Art. 298), once each (Art. 174(2)):
-- the court's row of V6 becomes the presiding judge's; the trial panel's is added below.
update time_limit_rule set variant = 'PRESIDING_JUDGE'
 where stage = 'SUPPLEMENTARY_INVESTIGATION' and severity = 'ALL' and variant = 'COURT';

-- The V6 rows, corrected.
update time_limit_rule set base_period = '20D', extensions = '=2M,2M', request_extension_days_before = 5,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1, khoản 2 Điều 147 BLTTHS 2015',
       note = '20 ngày kể từ ngày tiếp nhận nguồn tin (khoản 1), mọi mức độ tội phạm. Lần gia hạn 1 (=2M, kéo dài): vụ việc có nhiều tình tiết phức tạp hoặc phải kiểm tra, xác minh tại nhiều địa điểm thì thời hạn có thể kéo dài nhưng TỔNG CỘNG không quá 02 tháng KỂ TỪ NGÀY TIẾP NHẬN (không cộng 02 tháng vào 20 ngày); do cơ quan đang giải quyết tự quyết định nên không có hạn đề nghị. Lần gia hạn 2: Viện trưởng Viện kiểm sát gia hạn một lần, không quá 02 tháng, cộng vào thời hạn đã kéo dài (tối đa 04 tháng kể từ ngày tiếp nhận). Chậm nhất 05 ngày trước khi hết thời hạn, cơ quan giải quyết phải có văn bản đề nghị Viện kiểm sát gia hạn: hệ thống hiển thị ngày đó khi lần gia hạn tiếp theo là của Viện kiểm sát. Khởi tố vụ án (CASE_INITIATED) kết thúc thời hạn này. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'REPORT_VERIFICATION' and severity = 'ALL' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '2M', extensions = '2M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1, điểm a khoản 2 Điều 172 BLTTHS 2015',
       note = 'Tội phạm ít nghiêm trọng: điều tra không quá 02 tháng kể từ ngày khởi tố vụ án; gia hạn một lần, không quá 02 tháng. Chậm nhất 10 ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn (khoản 2) - hệ thống cảnh báo trước ngày đó. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'LESS_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '3M', extensions = '3M,2M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1, điểm b khoản 2 Điều 172 BLTTHS 2015',
       note = 'Tội phạm nghiêm trọng: điều tra không quá 03 tháng; gia hạn hai lần: lần thứ nhất không quá 03 tháng, lần thứ hai không quá 02 tháng. Chậm nhất 10 ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn (khoản 2) - hệ thống cảnh báo trước ngày đó. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '4M', extensions = '4M,4M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1, điểm c khoản 2 Điều 172 BLTTHS 2015',
       note = 'Tội phạm rất nghiêm trọng: điều tra không quá 04 tháng; gia hạn hai lần, mỗi lần không quá 04 tháng. Chậm nhất 10 ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn (khoản 2) - hệ thống cảnh báo trước ngày đó. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'VERY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '4M', extensions = '4M,4M,4M,4M@VKSTC', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1, điểm d khoản 2, khoản 3 Điều 172 BLTTHS 2015',
       note = 'Tội phạm đặc biệt nghiêm trọng: điều tra không quá 04 tháng; gia hạn ba lần, mỗi lần không quá 04 tháng (khoản 2); hết thời hạn gia hạn mà vụ án rất phức tạp thì Viện trưởng Viện kiểm sát nhân dân tối cao có thể gia hạn thêm một lần không quá 04 tháng (khoản 3): lần thứ tư ghi @VKSTC, chỉ VKSTC được gia hạn, sự kiện phải ghi cơ quan gia hạn. Thẩm quyền gia hạn các lần khác (khoản 5) chưa được kiểm tra. Lần gia hạn thêm riêng cho tội xâm phạm an ninh quốc gia (khoản 4) không thuộc phạm vi bảng này. Chậm nhất 10 ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn (khoản 2) - hệ thống cảnh báo trước ngày đó. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'ESPECIALLY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '2M', extensions = '1M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 174, Điều 235 BLTTHS 2015',
       note = 'Tội phạm ít nghiêm trọng, điều tra tiếp sau khi phục hồi (INVESTIGATION_RESUMED): không quá 2 tháng kể từ ngày có quyết định phục hồi điều tra; gia hạn một lần không quá 1 tháng (điểm a khoản 1 Điều 174). Đề nghị gia hạn chậm nhất 10 ngày trước khi hết hạn. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'LESS_SERIOUS' and variant = 'RESUMED' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '2M', extensions = '2M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 174, Điều 235 BLTTHS 2015',
       note = 'Tội phạm nghiêm trọng, điều tra tiếp sau khi phục hồi (INVESTIGATION_RESUMED): không quá 2 tháng kể từ ngày có quyết định phục hồi điều tra; gia hạn một lần không quá 2 tháng (điểm b khoản 1 Điều 174). Đề nghị gia hạn chậm nhất 10 ngày trước khi hết hạn. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'SERIOUS' and variant = 'RESUMED' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '3M', extensions = '2M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 174, Điều 235 BLTTHS 2015',
       note = 'Tội phạm rất nghiêm trọng, điều tra tiếp sau khi phục hồi (INVESTIGATION_RESUMED): không quá 3 tháng kể từ ngày có quyết định phục hồi điều tra; gia hạn một lần không quá 2 tháng (điểm b khoản 1 Điều 174). Đề nghị gia hạn chậm nhất 10 ngày trước khi hết hạn. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'VERY_SERIOUS' and variant = 'RESUMED' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '3M', extensions = '3M', request_extension_days_before = 10,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 174, Điều 235 BLTTHS 2015',
       note = 'Tội phạm đặc biệt nghiêm trọng, điều tra tiếp sau khi phục hồi (INVESTIGATION_RESUMED): không quá 3 tháng kể từ ngày có quyết định phục hồi điều tra; gia hạn một lần không quá 3 tháng (điểm c khoản 1 Điều 174). Đề nghị gia hạn chậm nhất 10 ngày trước khi hết hạn. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'INVESTIGATION' and severity = 'ESPECIALLY_SERIOUS' and variant = 'RESUMED' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '2M', extensions = null, request_extension_days_before = null,
       max_entries = 2, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 2 Điều 174 BLTTHS 2015',
       note = 'Viện kiểm sát trả hồ sơ để điều tra bổ sung: không quá 02 tháng, không được gia hạn, tính từ ngày Cơ quan điều tra NHẬN LẠI hồ sơ (fileReceivedDate của sự kiện trả hồ sơ; thời hạn truy tố của Viện kiểm sát kết thúc vào ngày quyết định trả). Viện kiểm sát chỉ được trả hồ sơ để điều tra bổ sung không quá hai lần (max_entries = 2). Cách hiểu cần luật sư xác nhận: số lần trả hồ sơ tính lại từ đầu sau khi bản án bị hủy để điều tra lại hoặc xét xử lại (Điều 358). Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'SUPPLEMENTARY_INVESTIGATION' and severity = 'ALL' and variant = 'PROCURACY' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '1M', extensions = null, request_extension_days_before = null,
       max_entries = 1, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 2 Điều 174, Điều 280 BLTTHS 2015',
       note = 'Thẩm phán chủ tọa phiên tòa trả hồ sơ để điều tra bổ sung trong khi chuẩn bị xét xử (TRIAL_PREPARATION): không quá 01 tháng, không được gia hạn, tính từ ngày Cơ quan điều tra nhận lại hồ sơ. Thẩm phán chủ tọa chỉ được trả hồ sơ một lần (max_entries = 1); lần trả thứ hai của Thẩm phán bị từ chối. Khi hồ sơ trở lại, Tòa án có 15 ngày để quyết định đưa vụ án ra xét xử (dòng TRIAL_PREPARATION/RETURNED). Số lần trả tính lại từ đầu sau khi bản án bị hủy (cách hiểu cần xác nhận). Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'SUPPLEMENTARY_INVESTIGATION' and severity = 'ALL' and variant = 'PRESIDING_JUDGE' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '20D', extensions = '10D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 240 BLTTHS 2015',
       note = 'Tội phạm ít nghiêm trọng: quyết định việc truy tố trong 20 ngày kể từ ngày Viện kiểm sát NHẬN hồ sơ vụ án và bản kết luận điều tra (fileReceivedDate của INVESTIGATION_CONCLUDED; thời hạn điều tra kết thúc vào ngày kết luận); Viện trưởng có thể gia hạn một lần không quá 10 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'PROSECUTION' and severity = 'LESS_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '20D', extensions = '10D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 240 BLTTHS 2015',
       note = 'Tội phạm nghiêm trọng: quyết định việc truy tố trong 20 ngày kể từ ngày Viện kiểm sát NHẬN hồ sơ vụ án và bản kết luận điều tra (fileReceivedDate của INVESTIGATION_CONCLUDED; thời hạn điều tra kết thúc vào ngày kết luận); Viện trưởng có thể gia hạn một lần không quá 10 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'PROSECUTION' and severity = 'SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '30D', extensions = '15D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 240 BLTTHS 2015',
       note = 'Tội phạm rất nghiêm trọng: quyết định việc truy tố trong 30 ngày kể từ ngày Viện kiểm sát NHẬN hồ sơ vụ án và bản kết luận điều tra (fileReceivedDate của INVESTIGATION_CONCLUDED; thời hạn điều tra kết thúc vào ngày kết luận); Viện trưởng có thể gia hạn một lần không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'PROSECUTION' and severity = 'VERY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '30D', extensions = '30D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 240 BLTTHS 2015',
       note = 'Tội phạm đặc biệt nghiêm trọng: quyết định việc truy tố trong 30 ngày kể từ ngày Viện kiểm sát NHẬN hồ sơ vụ án và bản kết luận điều tra (fileReceivedDate của INVESTIGATION_CONCLUDED; thời hạn điều tra kết thúc vào ngày kết luận); Viện trưởng có thể gia hạn một lần không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'PROSECUTION' and severity = 'ESPECIALLY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '30D', extensions = '15D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 277 BLTTHS 2015',
       note = 'Tội phạm ít nghiêm trọng: chuẩn bị xét xử sơ thẩm 30 ngày kể từ ngày thụ lý vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'TRIAL_PREPARATION' and severity = 'LESS_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '45D', extensions = '15D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 277 BLTTHS 2015',
       note = 'Tội phạm nghiêm trọng: chuẩn bị xét xử sơ thẩm 45 ngày kể từ ngày thụ lý vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'TRIAL_PREPARATION' and severity = 'SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '2M', extensions = '30D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 277 BLTTHS 2015',
       note = 'Tội phạm rất nghiêm trọng: chuẩn bị xét xử sơ thẩm 02 tháng kể từ ngày thụ lý vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'TRIAL_PREPARATION' and severity = 'VERY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '3M', extensions = '30D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 277 BLTTHS 2015',
       note = 'Tội phạm đặc biệt nghiêm trọng: chuẩn bị xét xử sơ thẩm 03 tháng kể từ ngày thụ lý vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'TRIAL_PREPARATION' and severity = 'ESPECIALLY_SERIOUS' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '15D', extensions = '15D', request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 2 Điều 277 BLTTHS 2015',
       note = 'Trong thời hạn 15 ngày kể từ ngày có quyết định đưa vụ án ra xét xử, Tòa án phải MỞ phiên tòa; trường hợp vì lý do bất khả kháng hoặc do trở ngại khách quan thì Tòa án có thể mở phiên tòa trong thời hạn 30 ngày. Cách mô hình hóa: 15 ngày, thêm một lần ''gia hạn'' (TRIAL_OPENING_EXTENDED) không quá 15 ngày. Thời hạn được đáp ứng bởi sự kiện mở phiên tòa (TRIAL_OPENED) hoặc hoãn phiên tòa đã triệu tập (TRIAL_POSTPONED), không phải bởi bản án: phiên tòa kéo dài nhiều tuần sau khi mở đúng hạn vẫn là đúng hạn. Hồ sơ cũ có bản án mà không ghi ngày mở phiên tòa vẫn tính theo ngày bản án và được đánh dấu ''chưa ghi ngày mở phiên tòa''. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'TRIAL_OPENING' and severity = 'ALL' and variant = 'STANDARD' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '60D', extensions = null, request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = null,
       article = 'khoản 1 Điều 346 BLTTHS 2015',
       note = 'Tòa án cấp tỉnh phải MỞ phiên tòa phúc thẩm trong 60 ngày kể từ ngày nhận được hồ sơ vụ án, mọi mức độ tội phạm, không gia hạn; được đáp ứng bởi APPEAL_TRIAL_OPENED (hồ sơ cũ có bản án phúc thẩm mà không ghi ngày mở phiên tòa được đánh dấu). Từ 01/7/2025 Tòa án cấp tỉnh xét xử phúc thẩm bản án của Tòa án khu vực. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'APPEAL_PREPARATION' and severity = 'ALL' and variant = 'PROVINCIAL' and valid_from = date '2018-01-01';
update time_limit_rule set base_period = '90D', extensions = null, request_extension_days_before = null,
       max_entries = null, day_off_shift = 'WHEN_MONTHS', extension_counting = 'FROM_UNSHIFTED_END', valid_to = date '2025-06-30',
       article = 'khoản 1 Điều 346 BLTTHS 2015',
       note = 'Tòa án nhân dân cấp cao phải mở phiên tòa phúc thẩm trong 90 ngày kể từ ngày nhận được hồ sơ vụ án, không gia hạn. Chỉ áp dụng cho hồ sơ phúc thẩm nhận trước ngày 01/7/2025: Tòa án nhân dân cấp cao chấm dứt hoạt động từ ngày đó (Luật Tổ chức Tòa án nhân dân sửa đổi, Luật số 81/2025/QH15); hồ sơ nhận từ ngày đó mà ghi cấp cao bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
       reviewed_by = null, reviewed_on = null, version = version + 1
 where stage = 'APPEAL_PREPARATION' and severity = 'ALL' and variant = 'HIGH' and valid_from = date '2018-01-01';

-- New rows: variants of the 2015 Code (report resumed, restored, returned, re-investigation, retrial, trial
-- panel, postponed hearings, the Supreme People's Court) and the rows of the 2003 Code.
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('REPORT_VERIFICATION', 'ALL', 'RESUMED', date '2018-01-01', null, 'BLTTHS_2015', '1M', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 149 BLTTHS 2015',
        'Sau khi phục hồi giải quyết nguồn tin (REPORT_HANDLING_RESUMED), thời hạn giải quyết tiếp không quá 01 tháng kể từ ngày ra quyết định phục hồi; không gia hạn. Trường hợp Viện kiểm sát hủy quyết định tạm đình chỉ (khoản 2 Điều 148) thời hạn 01 tháng tính từ ngày cơ quan điều tra nhận quyết định hủy: ghi như một sự kiện phục hồi vào ngày nhận. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'LESS_SERIOUS', 'REINVESTIGATION', date '2018-01-01', null, 'BLTTHS_2015', '2M', '2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 174, Điều 172, Điều 358 BLTTHS 2015',
        'Tội phạm ít nghiêm trọng, điều tra lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_REINVESTIGATION): thời hạn điều tra và gia hạn theo thủ tục chung của Điều 172 (điều tra không quá 02 tháng kể từ ngày khởi tố vụ án; gia hạn một lần, không quá 02 tháng.) tính từ ngày Cơ quan điều tra NHẬN hồ sơ và yêu cầu điều tra lại (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'SERIOUS', 'REINVESTIGATION', date '2018-01-01', null, 'BLTTHS_2015', '3M', '3M,2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 174, Điều 172, Điều 358 BLTTHS 2015',
        'Tội phạm nghiêm trọng, điều tra lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_REINVESTIGATION): thời hạn điều tra và gia hạn theo thủ tục chung của Điều 172 (điều tra không quá 03 tháng; gia hạn hai lần: lần thứ nhất không quá 03 tháng, lần thứ hai không quá 02 tháng.) tính từ ngày Cơ quan điều tra NHẬN hồ sơ và yêu cầu điều tra lại (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'VERY_SERIOUS', 'REINVESTIGATION', date '2018-01-01', null, 'BLTTHS_2015', '4M', '4M,4M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 174, Điều 172, Điều 358 BLTTHS 2015',
        'Tội phạm rất nghiêm trọng, điều tra lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_REINVESTIGATION): thời hạn điều tra và gia hạn theo thủ tục chung của Điều 172 (điều tra không quá 04 tháng; gia hạn hai lần, mỗi lần không quá 04 tháng.) tính từ ngày Cơ quan điều tra NHẬN hồ sơ và yêu cầu điều tra lại (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'ESPECIALLY_SERIOUS', 'REINVESTIGATION', date '2018-01-01', null, 'BLTTHS_2015', '4M', '4M,4M,4M,4M@VKSTC', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 174, Điều 172, Điều 358 BLTTHS 2015',
        'Tội phạm đặc biệt nghiêm trọng, điều tra lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_REINVESTIGATION): thời hạn điều tra và gia hạn theo thủ tục chung của Điều 172 (điều tra không quá 04 tháng; gia hạn ba lần, mỗi lần không quá 04 tháng (khoản 2); hết thời hạn gia hạn mà vụ án rất phức tạp thì Viện trưởng Viện kiểm sát nhân dân tối cao có thể gia hạn thêm một lần không quá 04 tháng (khoản 3): lần thứ tư ghi @VKSTC, chỉ VKSTC được gia hạn, sự kiện phải ghi cơ quan gia hạn. Thẩm quyền gia hạn các lần khác (khoản 5) chưa được kiểm tra. Lần gia hạn thêm riêng cho tội xâm phạm an ninh quốc gia (khoản 4) không thuộc phạm vi bảng này.) tính từ ngày Cơ quan điều tra NHẬN hồ sơ và yêu cầu điều tra lại (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('SUPPLEMENTARY_INVESTIGATION', 'ALL', 'TRIAL_PANEL', date '2018-01-01', null, 'BLTTHS_2015', '1M', null, null, 1, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 174, Điều 298 BLTTHS 2015',
        'Hội đồng xét xử trả hồ sơ để điều tra bổ sung sau khi đã có quyết định đưa vụ án ra xét xử (TRIAL_OPENING, phiên tòa, hoãn phiên tòa): không quá 01 tháng, không được gia hạn, tính từ ngày Cơ quan điều tra nhận lại hồ sơ. Hội đồng xét xử chỉ được trả hồ sơ một lần (max_entries = 1). Số lần trả tính lại từ đầu sau khi bản án bị hủy (cách hiểu cần xác nhận). Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'LESS_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '20D', '10D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 249, khoản 1 Điều 240 BLTTHS 2015',
        'Tội phạm ít nghiêm trọng, Viện kiểm sát phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn quyết định việc truy tố tính lại từ đầu kể từ ngày ra quyết định phục hồi, 20 ngày, gia hạn không quá 10 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '20D', '10D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 249, khoản 1 Điều 240 BLTTHS 2015',
        'Tội phạm nghiêm trọng, Viện kiểm sát phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn quyết định việc truy tố tính lại từ đầu kể từ ngày ra quyết định phục hồi, 20 ngày, gia hạn không quá 10 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'VERY_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 249, khoản 1 Điều 240 BLTTHS 2015',
        'Tội phạm rất nghiêm trọng, Viện kiểm sát phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn quyết định việc truy tố tính lại từ đầu kể từ ngày ra quyết định phục hồi, 30 ngày, gia hạn không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'ESPECIALLY_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '30D', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 249, khoản 1 Điều 240 BLTTHS 2015',
        'Tội phạm đặc biệt nghiêm trọng, Viện kiểm sát phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn quyết định việc truy tố tính lại từ đầu kể từ ngày ra quyết định phục hồi, 30 ngày, gia hạn không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ALL', 'RETURNED', date '2018-01-01', null, 'BLTTHS_2015', '15D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 277 BLTTHS 2015',
        'Vụ án Tòa án đã trả hồ sơ để điều tra bổ sung (Thẩm phán chủ tọa hoặc Hội đồng xét xử) nay hồ sơ trở lại Tòa án (FILE_RECEIVED_BY_COURT sau lần trả của Tòa án): trong 15 ngày kể từ ngày nhận lại hồ sơ, Thẩm phán chủ tọa phải ra quyết định đưa vụ án ra xét xử, mọi mức độ tội phạm; không gia hạn. Hồ sơ do Viện kiểm sát trả trước khi chuyển Tòa án không thuộc dòng này. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'LESS_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 277, Điều 283 BLTTHS 2015',
        'Tội phạm ít nghiêm trọng, Tòa án phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn chuẩn bị xét xử theo thủ tục chung tính lại từ ngày ra quyết định phục hồi, 30 ngày, gia hạn không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '45D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 277, Điều 283 BLTTHS 2015',
        'Tội phạm nghiêm trọng, Tòa án phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn chuẩn bị xét xử theo thủ tục chung tính lại từ ngày ra quyết định phục hồi, 45 ngày, gia hạn không quá 15 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'VERY_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '2M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 277, Điều 283 BLTTHS 2015',
        'Tội phạm rất nghiêm trọng, Tòa án phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn chuẩn bị xét xử theo thủ tục chung tính lại từ ngày ra quyết định phục hồi, 02 tháng, gia hạn không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ESPECIALLY_SERIOUS', 'RESTORED', date '2018-01-01', null, 'BLTTHS_2015', '3M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 277, Điều 283 BLTTHS 2015',
        'Tội phạm đặc biệt nghiêm trọng, Tòa án phục hồi vụ án đã tạm đình chỉ hoặc đình chỉ (CASE_RESTORED): thời hạn chuẩn bị xét xử theo thủ tục chung tính lại từ ngày ra quyết định phục hồi, 03 tháng, gia hạn không quá 30 ngày. Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'LESS_SERIOUS', 'RETRIAL', date '2018-01-01', null, 'BLTTHS_2015', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 358, khoản 1 Điều 277 BLTTHS 2015',
        'Tội phạm ít nghiêm trọng, xét xử lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_RETRIAL): thời hạn chuẩn bị xét xử theo khoản 1 Điều 277, 30 ngày, gia hạn không quá 15 ngày, tính từ ngày Tòa án cấp sơ thẩm NHẬN hồ sơ (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'SERIOUS', 'RETRIAL', date '2018-01-01', null, 'BLTTHS_2015', '45D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 358, khoản 1 Điều 277 BLTTHS 2015',
        'Tội phạm nghiêm trọng, xét xử lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_RETRIAL): thời hạn chuẩn bị xét xử theo khoản 1 Điều 277, 45 ngày, gia hạn không quá 15 ngày, tính từ ngày Tòa án cấp sơ thẩm NHẬN hồ sơ (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'VERY_SERIOUS', 'RETRIAL', date '2018-01-01', null, 'BLTTHS_2015', '2M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 358, khoản 1 Điều 277 BLTTHS 2015',
        'Tội phạm rất nghiêm trọng, xét xử lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_RETRIAL): thời hạn chuẩn bị xét xử theo khoản 1 Điều 277, 02 tháng, gia hạn không quá 30 ngày, tính từ ngày Tòa án cấp sơ thẩm NHẬN hồ sơ (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ESPECIALLY_SERIOUS', 'RETRIAL', date '2018-01-01', null, 'BLTTHS_2015', '3M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 358, khoản 1 Điều 277 BLTTHS 2015',
        'Tội phạm đặc biệt nghiêm trọng, xét xử lại sau khi bản án bị hủy (JUDGMENT_ANNULLED_FOR_RETRIAL): thời hạn chuẩn bị xét xử theo khoản 1 Điều 277, 03 tháng, gia hạn không quá 30 ngày, tính từ ngày Tòa án cấp sơ thẩm NHẬN hồ sơ (fileReceivedDate của sự kiện). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 134 BLTTHS 2015). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_POSTPONED', 'ALL', 'STANDARD', date '2018-01-01', null, 'BLTTHS_2015', '30D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 297 BLTTHS 2015',
        'Hoãn phiên tòa sơ thẩm (TRIAL_POSTPONED): thời hạn hoãn không quá 30 ngày kể từ ngày ra quyết định hoãn phiên tòa; được đáp ứng khi phiên tòa được mở lại (TRIAL_OPENED). Không gia hạn. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('APPEAL_PREPARATION', 'ALL', 'SUPREME', date '2025-07-01', null, 'BLTTHS_2015', '90D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 346 BLTTHS 2015 (sửa đổi, bổ sung năm 2025)',
        'Từ ngày 01/7/2025 Tòa án nhân dân tối cao xét xử phúc thẩm bản án sơ thẩm của Tòa án cấp tỉnh (Luật số 81/2025/QH15) thay Tòa án nhân dân cấp cao: mở phiên tòa phúc thẩm trong 90 ngày kể từ ngày nhận được hồ sơ, không gia hạn. Cần luật sư đối chiếu thời hạn với văn bản sửa đổi BLTTHS năm 2025. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('APPEAL_TRIAL_POSTPONED', 'ALL', 'STANDARD', date '2018-01-01', null, 'BLTTHS_2015', '30D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 352 BLTTHS 2015',
        'Hoãn phiên tòa phúc thẩm (APPEAL_TRIAL_POSTPONED): thời hạn hoãn không quá 30 ngày kể từ ngày ra quyết định hoãn; được đáp ứng khi phiên tòa phúc thẩm được mở lại (APPEAL_TRIAL_OPENED). Không gia hạn. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 134 BLTTHS 2015 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('REPORT_VERIFICATION', 'ALL', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '20D', '=2M', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 103 BLTTHS 2003',
        'Trong 20 ngày kể từ ngày nhận được tố giác, tin báo về tội phạm hoặc kiến nghị khởi tố, Cơ quan điều tra phải kiểm tra, xác minh và quyết định; sự việc phức tạp hoặc phải kiểm tra ở nhiều địa điểm thì thời hạn có thể dài hơn nhưng không quá hai tháng (kể từ ngày nhận, =2M). BLTTHS 2003 không có lần gia hạn của Viện kiểm sát và không có tạm đình chỉ giải quyết nguồn tin. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'LESS_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', '2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1, điểm a khoản 2 Điều 119 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng: điều tra không quá 02 tháng kể từ ngày khởi tố vụ án; gia hạn một lần, không quá 02 tháng. Chậm nhất mười ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '3M,2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1, điểm b khoản 2 Điều 119 BLTTHS 2003',
        'Tội phạm nghiêm trọng: điều tra không quá 03 tháng; gia hạn hai lần: lần thứ nhất không quá 03 tháng, lần thứ hai không quá 02 tháng. Chậm nhất mười ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'VERY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '4M', '4M,4M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1, điểm c khoản 2 Điều 119 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng: điều tra không quá 04 tháng; gia hạn hai lần, mỗi lần không quá 04 tháng. Chậm nhất mười ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'ESPECIALLY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '4M', '4M,4M,4M,4M@VKSTC', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1, điểm d khoản 2, khoản 4 Điều 119 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng: điều tra không quá 04 tháng; gia hạn ba lần, mỗi lần không quá 04 tháng; hết thời hạn gia hạn mà vụ án rất phức tạp thì Viện trưởng Viện kiểm sát nhân dân tối cao có quyền gia hạn thêm một lần không quá 04 tháng (khoản 4, ghi @VKSTC). Cách hiểu: lần gia hạn thêm áp dụng cho tội phạm đặc biệt nghiêm trọng như khoản 3 Điều 172 BLTTHS 2015 - cần luật sư xác nhận. Chậm nhất mười ngày trước khi hết hạn điều tra, Cơ quan điều tra phải có văn bản đề nghị Viện kiểm sát gia hạn. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'LESS_SERIOUS', 'RESUMED', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 121, Điều 165 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng, điều tra tiếp sau khi phục hồi điều tra: không quá 2 tháng kể từ khi có quyết định phục hồi; không được gia hạn. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'SERIOUS', 'RESUMED', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', '2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 121, Điều 165 BLTTHS 2003',
        'Tội phạm nghiêm trọng, điều tra tiếp sau khi phục hồi điều tra: không quá 2 tháng kể từ khi có quyết định phục hồi; gia hạn một lần không quá 2 tháng. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'VERY_SERIOUS', 'RESUMED', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '3M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 121, Điều 165 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng, điều tra tiếp sau khi phục hồi điều tra: không quá 3 tháng kể từ khi có quyết định phục hồi; gia hạn một lần không quá 3 tháng. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'ESPECIALLY_SERIOUS', 'RESUMED', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '3M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 121, Điều 165 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng, điều tra tiếp sau khi phục hồi điều tra: không quá 3 tháng kể từ khi có quyết định phục hồi; gia hạn một lần không quá 3 tháng. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'LESS_SERIOUS', 'REINVESTIGATION', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', '2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 121, Điều 119 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng, điều tra lại sau khi bản án bị hủy: thời hạn điều tra và gia hạn theo thủ tục chung của Điều 119, tính từ khi Cơ quan điều tra nhận hồ sơ và yêu cầu điều tra lại. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'SERIOUS', 'REINVESTIGATION', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '3M,2M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 121, Điều 119 BLTTHS 2003',
        'Tội phạm nghiêm trọng, điều tra lại sau khi bản án bị hủy: thời hạn điều tra và gia hạn theo thủ tục chung của Điều 119, tính từ khi Cơ quan điều tra nhận hồ sơ và yêu cầu điều tra lại. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'VERY_SERIOUS', 'REINVESTIGATION', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '4M', '4M,4M', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 121, Điều 119 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng, điều tra lại sau khi bản án bị hủy: thời hạn điều tra và gia hạn theo thủ tục chung của Điều 119, tính từ khi Cơ quan điều tra nhận hồ sơ và yêu cầu điều tra lại. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('INVESTIGATION', 'ESPECIALLY_SERIOUS', 'REINVESTIGATION', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '4M', '4M,4M,4M,4M@VKSTC', 10, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 3 Điều 121, Điều 119 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng, điều tra lại sau khi bản án bị hủy: thời hạn điều tra và gia hạn theo thủ tục chung của Điều 119, tính từ khi Cơ quan điều tra nhận hồ sơ và yêu cầu điều tra lại. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('SUPPLEMENTARY_INVESTIGATION', 'ALL', 'PROCURACY', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', null, null, 2, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 121 BLTTHS 2003',
        'Viện kiểm sát trả hồ sơ để điều tra bổ sung: không quá hai tháng, tính từ ngày Cơ quan điều tra nhận lại hồ sơ; Viện kiểm sát chỉ được trả hồ sơ không quá hai lần. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('SUPPLEMENTARY_INVESTIGATION', 'ALL', 'COURT', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '1M', null, null, 2, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 121, Điều 179, Điều 199 BLTTHS 2003',
        'Tòa án trả hồ sơ để điều tra bổ sung (Thẩm phán khi chuẩn bị xét xử hoặc Hội đồng xét xử tại phiên tòa): không quá một tháng, tính từ ngày Cơ quan điều tra nhận lại hồ sơ; Tòa án chỉ được trả hồ sơ không quá hai lần, tính chung cho Thẩm phán và Hội đồng xét xử (dòng này áp dụng cho cả hai khi lần trả theo BLTTHS 2003). Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003).',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'LESS_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '20D', '10D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 166 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng: quyết định việc truy tố trong 20 ngày kể từ ngày nhận được hồ sơ vụ án và bản kết luận điều tra; Viện trưởng Viện kiểm sát có thể gia hạn không quá 10 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '20D', '10D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 166 BLTTHS 2003',
        'Tội phạm nghiêm trọng: quyết định việc truy tố trong 20 ngày kể từ ngày nhận được hồ sơ vụ án và bản kết luận điều tra; Viện trưởng Viện kiểm sát có thể gia hạn không quá 10 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'VERY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 166 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng: quyết định việc truy tố trong 30 ngày kể từ ngày nhận được hồ sơ vụ án và bản kết luận điều tra; Viện trưởng Viện kiểm sát có thể gia hạn không quá 15 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('PROSECUTION', 'ESPECIALLY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '30D', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 166 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng: quyết định việc truy tố trong 30 ngày kể từ ngày nhận được hồ sơ vụ án và bản kết luận điều tra; Viện trưởng Viện kiểm sát có thể gia hạn không quá 30 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'LESS_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng: chuẩn bị xét xử 30 ngày kể từ ngày nhận hồ sơ vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 15 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '45D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm nghiêm trọng: chuẩn bị xét xử 45 ngày kể từ ngày nhận hồ sơ vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 15 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'VERY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng: chuẩn bị xét xử 02 tháng kể từ ngày nhận hồ sơ vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 30 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ESPECIALLY_SERIOUS', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng: chuẩn bị xét xử 03 tháng kể từ ngày nhận hồ sơ vụ án; vụ án phức tạp, Chánh án có thể gia hạn không quá 30 ngày. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ALL', 'RETURNED', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '15D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 176 BLTTHS 2003',
        'Vụ án được trả lại để điều tra bổ sung: trong mười lăm ngày kể từ ngày nhận lại hồ sơ, Thẩm phán được phân công chủ tọa phải ra quyết định đưa vụ án ra xét xử; mọi mức độ tội phạm, không gia hạn. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'LESS_SERIOUS', 'RETRIAL', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '30D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 250, khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm ít nghiêm trọng, xét xử lại sau khi bản án bị hủy: thời hạn chuẩn bị xét xử theo khoản 1 Điều 176, 30 ngày, gia hạn không quá 15 ngày, tính từ ngày Tòa án nhận hồ sơ. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'SERIOUS', 'RETRIAL', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '45D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 250, khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm nghiêm trọng, xét xử lại sau khi bản án bị hủy: thời hạn chuẩn bị xét xử theo khoản 1 Điều 176, 45 ngày, gia hạn không quá 15 ngày, tính từ ngày Tòa án nhận hồ sơ. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'VERY_SERIOUS', 'RETRIAL', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '2M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 250, khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm rất nghiêm trọng, xét xử lại sau khi bản án bị hủy: thời hạn chuẩn bị xét xử theo khoản 1 Điều 176, 02 tháng, gia hạn không quá 30 ngày, tính từ ngày Tòa án nhận hồ sơ. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_PREPARATION', 'ESPECIALLY_SERIOUS', 'RETRIAL', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '3M', '30D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'Điều 250, khoản 1 Điều 176 BLTTHS 2003',
        'Tội phạm đặc biệt nghiêm trọng, xét xử lại sau khi bản án bị hủy: thời hạn chuẩn bị xét xử theo khoản 1 Điều 176, 03 tháng, gia hạn không quá 30 ngày, tính từ ngày Tòa án nhận hồ sơ. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Thời hạn theo tháng hết vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối (Điều 96 BLTTHS 2003). Sau khi gia hạn theo ngày, ngày hết hạn theo ngày không lùi (WHEN_MONTHS) nhưng không bao giờ sớm hơn ngày hết hạn trước đó. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS. Cách đọc có thể tranh luận (gia hạn nối tiếp): mỗi lần gia hạn cộng vào ngày hết hạn CHƯA lùi ngày nghỉ (extension_counting = FROM_UNSHIFTED_END); nếu đọc là cộng từ ngày hết hạn đã lùi thì đổi thành FROM_SHIFTED_END.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_OPENING', 'ALL', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '15D', '15D', null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 176 BLTTHS 2003',
        'Trong thời hạn mười lăm ngày kể từ ngày có quyết định đưa vụ án ra xét xử, Tòa án phải mở phiên tòa; trong trường hợp có lý do chính đáng thì Tòa án có thể mở phiên tòa trong thời hạn ba mươi ngày (TRIAL_OPENING_EXTENDED không quá 15 ngày). Được đáp ứng bởi TRIAL_OPENED. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Gia hạn phải được quyết định chậm nhất vào ngày cuối của thời hạn; quyết định sau ngày đó bị từ chối. Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('TRIAL_POSTPONED', 'ALL', 'STANDARD', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '30D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 2 Điều 194 BLTTHS 2003',
        'Thời hạn hoãn phiên tòa sơ thẩm không quá ba mươi ngày kể từ ngày ra quyết định hoãn phiên tòa. CHƯA ĐỐI CHIẾU được với văn bản gốc BLTTHS 2003 - luật sư cần xác nhận con số trước khi ký duyệt. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('APPEAL_PREPARATION', 'ALL', 'PROVINCIAL', date '2004-07-01', date '2017-12-31', 'BLTTHS_2003', '60D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 242 BLTTHS 2003',
        'Tòa án cấp tỉnh phải mở phiên tòa phúc thẩm trong sáu mươi ngày kể từ ngày nhận được hồ sơ vụ án. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('APPEAL_PREPARATION', 'ALL', 'SUPREME', date '2004-07-01', date '2015-05-31', 'BLTTHS_2003', '90D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 242 BLTTHS 2003',
        'Tòa phúc thẩm Tòa án nhân dân tối cao phải mở phiên tòa phúc thẩm trong chín mươi ngày kể từ ngày nhận được hồ sơ vụ án. Chỉ đến 31/5/2015: từ 01/6/2015 Tòa án nhân dân cấp cao nhận thẩm quyền phúc thẩm (Luật Tổ chức Tòa án nhân dân 2014, Nghị quyết 81/2014/QH13). Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
insert into time_limit_rule (stage, severity, variant, valid_from, valid_to, code, base_period, extensions,
       request_extension_days_before, max_entries, day_off_shift, extension_counting, article, note,
       reviewed_by, reviewed_on)
values ('APPEAL_PREPARATION', 'ALL', 'HIGH', date '2015-06-01', date '2017-12-31', 'BLTTHS_2003', '90D', null, null, null, 'WHEN_MONTHS', 'FROM_UNSHIFTED_END',
        'khoản 1 Điều 242 BLTTHS 2003, Nghị quyết 81/2014/QH13',
        'Từ 01/6/2015 đến 31/12/2017 Tòa án nhân dân cấp cao xét xử phúc thẩm thay Tòa phúc thẩm Tòa án nhân dân tối cao, thời hạn chín mươi ngày kể từ ngày nhận được hồ sơ vụ án. Cần luật sư xác nhận. Áp dụng cho thời hạn bắt đầu trước ngày 01/01/2018 (Nghị quyết 41/2017/QH14 về thi hành BLTTHS 2015: hoạt động tố tụng đã thực hiện theo BLTTHS 2003 vẫn có giá trị). Cách đọc có thể tranh luận (ngày nghỉ): thời hạn tính theo ngày hết vào ngày nghỉ thì KHÔNG lùi (day_off_shift = WHEN_MONTHS: câu về ngày nghỉ của Điều 96 BLTTHS 2003 đi sau câu về thời hạn tính theo tháng); nếu đọc là mọi thời hạn đều lùi sang ngày làm việc tiếp theo thì đổi cột này thành ALWAYS.',
        null, null);
