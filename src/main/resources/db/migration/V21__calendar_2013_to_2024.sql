-- Issue 8, item 15: the working-day calendar back to 2013 (records under oversight reach back that far), so that
-- limits which ran through an old Tết end where Art. 134 BLTTHS says. V2 seeded 2025 and 2026; this adds
-- 2013 to 2024 and the two day swaps of those years that fall in December of the year before (27/12/2014 and
-- 31/12/2018). Schedule of civil servants (cán bộ, công chức, viên chức: two days off a week), the one the
-- procedural bodies keep.
--
-- Same conventions as V2: fixed holidays (1/1, 30/4, 1/5, 2/9) recur from fixed_holiday; only weekdays are listed
-- here, except SWAP_WORKING_DAY rows (a Saturday worked in exchange for a weekday off). A fixed or lunar holiday
-- falling on a Saturday or Sunday gives a compensatory day off on the next working day (Labor Code 2012
-- Art. 115(3); Labor Code 2019 Art. 111(3)); those days are listed as HOLIDAY with the category of the holiday
-- they compensate (LUNAR for Tết and the Hùng Kings' day, NATIONAL_DAY for 2 September, OTHER for 1 January,
-- 30 April and 1 May). Tết had 4 days under the Labor Code 1994 (so in February 2013) and 5 days from 1 May 2013
-- (Labor Code 2012); National Day had 1 day until 2020 and 2 days from 2021 (Labor Code 2019 Art. 112: 2/9 and
-- one day next to it). Every year below has at least one LUNAR row, so no limit through it is flagged.
-- Source of each year: the comment above it (the Prime Minister's decision on day swaps, conveyed by the
-- Government Office, and the Ministry of Labour's announcement; press reports cited where the text was read
-- there). Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

-- 2013. Government Office letter of 23/11/2012 conveying the Prime Minister's approval of the 2013 day swaps;
-- Ministry of Labour announcement of the 2013 holidays (Báo Thái Nguyên, 28/12/2012; Tiền Phong, 23/11/2012).
-- New Year: off Mon 31/12/2012, worked back Sat 5/1/2013. Tết Quý Tỵ (4 days, Labor Code 1994): off Sat 9/2 -
-- Sun 17/2 (29 Chạp - mùng 8); 29 Chạp (Sat) and mùng 1 (Sun) compensated on Wed 13/2 and Thu 14/2; Fri 15/2
-- off by swap, worked back Sat 23/2. Hùng Kings: Fri 19/4. 30/4 - 1/5 (Tue - Wed): off Mon 29/4, worked back
-- Sat 4/5. National Day: Mon 2/9 only.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2013-01-05', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 31/12/2012)', 2013),
    (date '2013-02-11', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Quý Tỵ (mùng 2 tháng Giêng)', 2013),
    (date '2013-02-12', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Quý Tỵ (mùng 3 tháng Giêng)', 2013),
    (date '2013-02-13', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Quý Tỵ (29 tháng Chạp rơi vào thứ Bảy)', 2013),
    (date '2013-02-14', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Quý Tỵ (mùng 1 rơi vào Chủ nhật)', 2013),
    (date '2013-02-15', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Quý Tỵ (làm bù thứ Bảy 23/02/2013)', 2013),
    (date '2013-02-23', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Sáu 15/02/2013)', 2013),
    (date '2013-04-19', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2013),
    (date '2013-04-29', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 04/5/2013)', 2013),
    (date '2013-05-04', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 29/4/2013)', 2013);

-- 2014. Prime Minister's approval of the Ministry of Labour's proposal on the 2014 day swaps (Báo Đồng Tháp,
-- 18/12/2013; Lao Động, "Ấn định thời gian nghỉ Tết Giáp Ngọ và ngày lễ 2014"). New Year: Wed 1/1 only.
-- Tết Giáp Ngọ: off Tue 28/1 - Wed 5/2 (28 Chạp - mùng 6): 30 Chạp, mùng 1 - 4 are the 5 Tết days, mùng 2 (Sat)
-- and mùng 3 (Sun) compensated on Tue 4/2 and Wed 5/2; Tue 28/1 and Wed 29/1 off by swap, worked back
-- Sat 25/1 and Sat 8/2. Hùng Kings: Wed 9/4. 30/4 - 1/5 (Wed - Thu): Fri 2/5 off, worked back Sat 26/4.
-- National Day: Tue 2/9 only. New Year 2015: Fri 2/1/2015 off, worked back Sat 27/12/2014 (see 2015).
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2014-01-25', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Ba 28/01/2014)', 2014),
    (date '2014-01-28', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Giáp Ngọ (28 tháng Chạp; làm bù thứ Bảy 25/01/2014)', 2014),
    (date '2014-01-29', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Giáp Ngọ (29 tháng Chạp; làm bù thứ Bảy 08/02/2014)', 2014),
    (date '2014-01-30', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Ngọ (30 tháng Chạp)', 2014),
    (date '2014-01-31', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Ngọ (mùng 1 tháng Giêng)', 2014),
    (date '2014-02-03', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Ngọ (mùng 4 tháng Giêng)', 2014),
    (date '2014-02-04', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Giáp Ngọ (mùng 2 rơi vào thứ Bảy)', 2014),
    (date '2014-02-05', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Giáp Ngọ (mùng 3 rơi vào Chủ nhật)', 2014),
    (date '2014-02-08', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Tư 29/01/2014)', 2014),
    (date '2014-04-09', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2014),
    (date '2014-04-26', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Sáu 02/5/2014)', 2014),
    (date '2014-05-02', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/4/2014)', 2014),
    (date '2014-12-27', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Sáu 02/01/2015)', 2014);

-- 2015. Ministry of Labour's submission 89/TTr-LĐTBXH of 20/11/2014 on the 2015 Tết and day swaps, approved by the
-- Prime Minister, and the Ministry's announcement (xahoi.com.vn, "Thông báo chính thức lịch ngày nghỉ, đi làm bù
-- dịp lễ tết 2015"). New Year: Fri 2/1 off, worked back Sat 27/12/2014. Tết Ất Mùi: 29 Chạp (Tue 17/2) to mùng 3
-- (Sat 21/2), mùng 3 compensated on Mon 23/2; Mon 16/2 off by swap, worked back Sat 14/2 (off Sun 15/2 -
-- Mon 23/2). Hùng Kings: Tue 28/4; Wed 29/4 off by swap, worked back Sat 25/4 (off Tue 28/4 - Sun 3/5).
-- National Day: Wed 2/9 only.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2015-01-02', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 27/12/2014)', 2015),
    (date '2015-02-14', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 16/02/2015)', 2015),
    (date '2015-02-16', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Ất Mùi (28 tháng Chạp; làm bù thứ Bảy 14/02/2015)', 2015),
    (date '2015-02-17', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Mùi (29 tháng Chạp)', 2015),
    (date '2015-02-18', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Mùi (30 tháng Chạp)', 2015),
    (date '2015-02-19', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Mùi (mùng 1 tháng Giêng)', 2015),
    (date '2015-02-20', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Mùi (mùng 2 tháng Giêng)', 2015),
    (date '2015-02-23', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Ất Mùi (mùng 3 rơi vào thứ Bảy)', 2015),
    (date '2015-04-25', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Tư 29/4/2015)', 2015),
    (date '2015-04-28', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2015),
    (date '2015-04-29', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Giỗ Tổ và 30/4 (làm bù thứ Bảy 25/4/2015)', 2015);

-- 2016. Government's regular meeting of October 2015 approving the Ministry of Labour's plan (Tết 9 days, no swap);
-- Ministry of Labour's announcement of April 2016 on the Hùng Kings' day and 30/4 - 1/5 ("all holidays of 2016
-- adjoin a weekend, no swap"). New Year: Fri 1/1. Tết Bính Thân: off Sat 6/2 - Sun 14/2; 29 Chạp (Sun 7/2)
-- compensated on Fri 12/2 (mùng 5). Hùng Kings: Sat 16/4, compensated Mon 18/4. 30/4 (Sat) and 1/5 (Sun)
-- compensated Mon 2/5 and Tue 3/5. National Day: Fri 2/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2016-02-08', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Thân (mùng 1 tháng Giêng)', 2016),
    (date '2016-02-09', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Thân (mùng 2 tháng Giêng)', 2016),
    (date '2016-02-10', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Thân (mùng 3 tháng Giêng)', 2016),
    (date '2016-02-11', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Thân (mùng 4 tháng Giêng)', 2016),
    (date '2016-02-12', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Bính Thân (29 tháng Chạp rơi vào Chủ nhật)', 2016),
    (date '2016-04-18', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào thứ Bảy 16/4/2016)', 2016),
    (date '2016-05-02', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Chiến thắng (30/4 rơi vào thứ Bảy)', 2016),
    (date '2016-05-03', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Quốc tế lao động (1/5 rơi vào Chủ nhật)', 2016);

-- 2017. Ministry of Labour's announcement of the 2017 holidays (VnExpress; Việt Nam Mới infographic "Chi tiết lịch
-- nghỉ các ngày lễ, Tết năm 2017"), no swap. New Year: Sun 1/1, compensated Mon 2/1. Tết Đinh Dậu: Thu 26/1
-- (29 Chạp) - Wed 1/2 (mùng 5); mùng 1 (Sat) and mùng 2 (Sun) compensated on mùng 4 and mùng 5. Hùng Kings:
-- Thu 6/4. 30/4 (Sun) compensated Tue 2/5 (Mon 1/5 being a holiday). National Day: Sat 2/9, compensated Mon 4/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2017-01-02', 'HOLIDAY', 'OTHER', 'Nghỉ bù Tết Dương lịch (1/1 rơi vào Chủ nhật)', 2017),
    (date '2017-01-26', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Đinh Dậu (29 tháng Chạp)', 2017),
    (date '2017-01-27', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Đinh Dậu (30 tháng Chạp)', 2017),
    (date '2017-01-30', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Đinh Dậu (mùng 3 tháng Giêng)', 2017),
    (date '2017-01-31', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Đinh Dậu (mùng 1 rơi vào thứ Bảy)', 2017),
    (date '2017-02-01', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Đinh Dậu (mùng 2 rơi vào Chủ nhật)', 2017),
    (date '2017-04-06', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2017),
    (date '2017-05-02', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Chiến thắng (30/4 rơi vào Chủ nhật)', 2017),
    (date '2017-09-04', 'HOLIDAY', 'NATIONAL_DAY', 'Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)', 2017);

-- 2018. Ministry of Labour's announcement of the 2018 holidays (Thư ký Luật, "Lịch nghỉ Lễ, Tết trong năm 2018 của
-- CBCC Nhà nước"), no swap. New Year: Mon 1/1. Tết Mậu Tuất: Wed 14/2 (29 Chạp) - Tue 20/2 (mùng 5); mùng 2
-- (Sat) and mùng 3 (Sun) compensated on Mon 19/2 and Tue 20/2. Hùng Kings: Wed 25/4. 30/4 - 1/5: Mon - Tue.
-- National Day: Sun 2/9, compensated Mon 3/9. New Year 2019: Mon 31/12/2018 off by swap (see 2019).
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2018-02-14', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Mậu Tuất (29 tháng Chạp)', 2018),
    (date '2018-02-15', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Mậu Tuất (30 tháng Chạp)', 2018),
    (date '2018-02-16', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Mậu Tuất (mùng 1 tháng Giêng)', 2018),
    (date '2018-02-19', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Mậu Tuất (mùng 2 rơi vào thứ Bảy)', 2018),
    (date '2018-02-20', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Mậu Tuất (mùng 3 rơi vào Chủ nhật)', 2018),
    (date '2018-04-25', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2018),
    (date '2018-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Nghỉ bù Quốc khánh (2/9 rơi vào Chủ nhật)', 2018),
    (date '2018-12-31', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù thứ Bảy 05/01/2019)', 2018);

-- 2019. Government Office letter 6519/VPCP-KGVX of 11/7/2018 and Ministry of Labour announcement
-- 3238/TB-LĐTBXH. New Year: Mon 31/12/2018 off by swap, worked back Sat 5/1/2019. Tết Kỷ Hợi: Mon 4/2
-- (30 Chạp) - Fri 8/2 (mùng 4), off Sat 2/2 - Sun 10/2, no swap. Hùng Kings: Sun 14/4, compensated Mon 15/4.
-- 30/4 - 1/5 (Tue - Wed): Mon 29/4 off, worked back Sat 4/5. National Day: Mon 2/9 only.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2019-01-05', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 31/12/2018)', 2019),
    (date '2019-02-04', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Kỷ Hợi (30 tháng Chạp)', 2019),
    (date '2019-02-05', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Kỷ Hợi (mùng 1 tháng Giêng)', 2019),
    (date '2019-02-06', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Kỷ Hợi (mùng 2 tháng Giêng)', 2019),
    (date '2019-02-07', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Kỷ Hợi (mùng 3 tháng Giêng)', 2019),
    (date '2019-02-08', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Kỷ Hợi (mùng 4 tháng Giêng)', 2019),
    (date '2019-04-15', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 14/4/2019)', 2019),
    (date '2019-04-29', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 04/5/2019)', 2019),
    (date '2019-05-04', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 29/4/2019)', 2019);

-- 2020. Decision of the Minister of Labour on Tết 2020 (VietNamNet, "Seven-day holiday for Lunar New Year 2020
-- approved"; Sở Công Thương Đắk Lắk, 7/1/2020), no swap. New Year: Wed 1/1. Tết Canh Tý: Thu 23/1 (29 Chạp) -
-- Wed 29/1 (mùng 5); mùng 1 (Sat) and mùng 2 (Sun) compensated on Tue 28/1 and Wed 29/1. Hùng Kings: Thu 2/4
-- (statutory date; a postponement of this day off was discussed during the COVID-19 social distancing of April
-- 2020 - an administrator who finds a decision moving it corrects this row). 30/4 - 1/5: Thu - Fri.
-- National Day: Wed 2/9 only (Labor Code 2012).
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2020-01-23', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Canh Tý (29 tháng Chạp)', 2020),
    (date '2020-01-24', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Canh Tý (30 tháng Chạp)', 2020),
    (date '2020-01-27', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Canh Tý (mùng 3 tháng Giêng)', 2020),
    (date '2020-01-28', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Canh Tý (mùng 1 rơi vào thứ Bảy)', 2020),
    (date '2020-01-29', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Canh Tý (mùng 2 rơi vào Chủ nhật)', 2020),
    (date '2020-04-02', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2020);

-- 2021 (Labor Code 2019 in force: National Day 2 days). Ministry of Labour's announcement of the 2021 holidays
-- (SGGP, 9/12/2020: "Vietnam's public holidays in 2021"), no swap. New Year: Fri 1/1. Tết Tân Sửu: Wed 10/2
-- (29 Chạp) - Tue 16/2 (mùng 5); mùng 2 (Sat) and mùng 3 (Sun) compensated on Mon 15/2 and Tue 16/2. Hùng Kings:
-- Wed 21/4. 1/5 (Sat) compensated Mon 3/5. National Day: Thu 2/9 and Fri 3/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2021-02-10', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Tân Sửu (29 tháng Chạp)', 2021),
    (date '2021-02-11', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Tân Sửu (30 tháng Chạp)', 2021),
    (date '2021-02-12', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Tân Sửu (mùng 1 tháng Giêng)', 2021),
    (date '2021-02-15', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Tân Sửu (mùng 2 rơi vào thứ Bảy)', 2021),
    (date '2021-02-16', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Tân Sửu (mùng 3 rơi vào Chủ nhật)', 2021),
    (date '2021-04-21', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2021),
    (date '2021-05-03', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Quốc tế lao động (1/5 rơi vào thứ Bảy)', 2021),
    (date '2021-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề sau 2/9)', 2021);

-- 2022. Ministry of Labour's announcements of the 2022 holidays (SGGP/VNA on the Hùng Kings' day and 30/4;
-- Government portal, 5/8/2022, on National Day), no swap. New Year: Sat 1/1, compensated Mon 3/1. Tết Nhâm Dần:
-- Mon 31/1 (29 Chạp) - Fri 4/2 (mùng 4), off Sat 29/1 - Sun 6/2. Hùng Kings: Sun 10/4, compensated Mon 11/4.
-- 30/4 (Sat) and 1/5 (Sun) compensated Mon 2/5 and Tue 3/5. National Day: Thu 1/9 and Fri 2/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2022-01-03', 'HOLIDAY', 'OTHER', 'Nghỉ bù Tết Dương lịch (1/1 rơi vào thứ Bảy)', 2022),
    (date '2022-01-31', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Nhâm Dần (29 tháng Chạp)', 2022),
    (date '2022-02-01', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Nhâm Dần (mùng 1 tháng Giêng)', 2022),
    (date '2022-02-02', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Nhâm Dần (mùng 2 tháng Giêng)', 2022),
    (date '2022-02-03', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Nhâm Dần (mùng 3 tháng Giêng)', 2022),
    (date '2022-02-04', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Nhâm Dần (mùng 4 tháng Giêng)', 2022),
    (date '2022-04-11', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 10/4/2022)', 2022),
    (date '2022-05-02', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Chiến thắng (30/4 rơi vào thứ Bảy)', 2022),
    (date '2022-05-03', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Quốc tế lao động (1/5 rơi vào Chủ nhật)', 2022),
    (date '2022-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 2022);

-- 2023. Ministry of Labour's announcements of the 2023 holidays (Kinh tế & Đô thị, 22/3/2023, on the Hùng Kings'
-- day and 30/4; VietNamNet, 23/8/2023, on National Day), no swap. New Year: Sun 1/1, compensated Mon 2/1.
-- Tết Quý Mão: Fri 20/1 (29 Chạp) - Thu 26/1 (mùng 5); 30 Chạp (Sat) and mùng 1 (Sun) compensated on Wed 25/1 and
-- Thu 26/1. Hùng Kings: Sat 29/4, compensated Tue 2/5; 30/4 (Sun) compensated Wed 3/5 (off Sat 29/4 - Wed 3/5).
-- National Day: Fri 1/9 and Sat 2/9, 2/9 compensated Mon 4/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2023-01-02', 'HOLIDAY', 'OTHER', 'Nghỉ bù Tết Dương lịch (1/1 rơi vào Chủ nhật)', 2023),
    (date '2023-01-20', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Quý Mão (29 tháng Chạp)', 2023),
    (date '2023-01-23', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Quý Mão (mùng 2 tháng Giêng)', 2023),
    (date '2023-01-24', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Quý Mão (mùng 3 tháng Giêng)', 2023),
    (date '2023-01-25', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Quý Mão (30 tháng Chạp rơi vào thứ Bảy)', 2023),
    (date '2023-01-26', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Quý Mão (mùng 1 rơi vào Chủ nhật)', 2023),
    (date '2023-05-02', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào thứ Bảy 29/4/2023)', 2023),
    (date '2023-05-03', 'HOLIDAY', 'OTHER', 'Nghỉ bù ngày Chiến thắng (30/4 rơi vào Chủ nhật)', 2023),
    (date '2023-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 2023),
    (date '2023-09-04', 'HOLIDAY', 'NATIONAL_DAY', 'Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)', 2023);

-- 2024. Ministry of Labour's announcement on Tết and National Day 2024 (Sức sống trẻ / Chính phủ portal: Tết
-- Thu 8/2 - Wed 14/2, National Day Sat 31/8 - Tue 3/9); Government Office letter 2450/VPCP-KGVX of 12/4/2024 on
-- 30/4 - 1/5. New Year: Mon 1/1. Tết Giáp Thìn: Thu 8/2 (29 Chạp) - Wed 14/2 (mùng 5); mùng 1 (Sat) and mùng 2
-- (Sun) compensated on Tue 13/2 and Wed 14/2. Hùng Kings: Thu 18/4. 30/4 - 1/5 (Tue - Wed): Mon 29/4 off,
-- worked back Sat 4/5. National Day: Mon 2/9 and Tue 3/9.
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2024-02-08', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', 2024),
    (date '2024-02-09', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', 2024),
    (date '2024-02-12', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Giáp Thìn (mùng 3 tháng Giêng)', 2024),
    (date '2024-02-13', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Giáp Thìn (mùng 1 rơi vào thứ Bảy)', 2024),
    (date '2024-02-14', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Tết Nguyên đán Giáp Thìn (mùng 2 rơi vào Chủ nhật)', 2024),
    (date '2024-04-18', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2024),
    (date '2024-04-29', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 04/5/2024)', 2024),
    (date '2024-05-04', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 29/4/2024)', 2024),
    (date '2024-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề sau 2/9)', 2024);
