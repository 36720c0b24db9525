-- Reference data for the organization module (see shared/design/DOMAIN.md, section 1).
-- Portable SQL: plain INSERTs only, runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.
-- Foreign keys are resolved by code with scalar subselects, so row ids are never hard-coded.
--
-- Contents:
--   1. province: the 34 provincial-level units in force since 1 July 2025 and the 63 earlier ones
--      (Resolution 202/2025/QH15 of the National Assembly, effective 1 July 2025).
--   2. organization: the Central Steering Committee, its standing members, the Central Internal
--      Affairs Commission and its departments; one steering committee and one standing agency per
--      current province; historical committees of the 29 provinces merged into another unit;
--      central agencies; police, procuracy and court of each current province.
--   3. calendar_day: lunar holidays, the day next to 2 September and official day swaps for
--      civil servants, 2025 and 2026 only. 2027 is left empty on purpose: the product warns the
--      administrator that next year's lunar holidays and swaps have not been entered yet.

-- ---------------------------------------------------------------------------------------------
-- 1. Provinces
-- ---------------------------------------------------------------------------------------------
-- Current units: code 'VN-' + the two-digit administrative code in force since 1 July 2025
-- (a merged unit takes the code of the former province where its seat now is, e.g. Lào Cai 15,
-- the former Yên Bái's code). sort_order = the numeric code.
insert into province (code, name, current, successor_code, sort_order) values
    ('VN-01', 'Hà Nội', true, null, 1),
    ('VN-04', 'Cao Bằng', true, null, 4),
    ('VN-08', 'Tuyên Quang', true, null, 8),
    ('VN-11', 'Điện Biên', true, null, 11),
    ('VN-12', 'Lai Châu', true, null, 12),
    ('VN-14', 'Sơn La', true, null, 14),
    ('VN-15', 'Lào Cai', true, null, 15),
    ('VN-19', 'Thái Nguyên', true, null, 19),
    ('VN-20', 'Lạng Sơn', true, null, 20),
    ('VN-22', 'Quảng Ninh', true, null, 22),
    ('VN-24', 'Bắc Ninh', true, null, 24),
    ('VN-25', 'Phú Thọ', true, null, 25),
    ('VN-31', 'Hải Phòng', true, null, 31),
    ('VN-33', 'Hưng Yên', true, null, 33),
    ('VN-37', 'Ninh Bình', true, null, 37),
    ('VN-38', 'Thanh Hóa', true, null, 38),
    ('VN-40', 'Nghệ An', true, null, 40),
    ('VN-42', 'Hà Tĩnh', true, null, 42),
    ('VN-44', 'Quảng Trị', true, null, 44),
    ('VN-46', 'Huế', true, null, 46),
    ('VN-48', 'Đà Nẵng', true, null, 48),
    ('VN-51', 'Quảng Ngãi', true, null, 51),
    ('VN-52', 'Gia Lai', true, null, 52),
    ('VN-56', 'Khánh Hòa', true, null, 56),
    ('VN-66', 'Đắk Lắk', true, null, 66),
    ('VN-68', 'Lâm Đồng', true, null, 68),
    ('VN-75', 'Đồng Nai', true, null, 75),
    ('VN-79', 'TP. Hồ Chí Minh', true, null, 79),
    ('VN-80', 'Tây Ninh', true, null, 80),
    ('VN-82', 'Đồng Tháp', true, null, 82),
    ('VN-86', 'Vĩnh Long', true, null, 86),
    ('VN-91', 'An Giang', true, null, 91),
    ('VN-92', 'Cần Thơ', true, null, 92),
    ('VN-96', 'Cà Mau', true, null, 96);

-- Earlier units (before 1 July 2025): code 'VN63-' + the pre-2025 two-digit code; successor =
-- the current unit that took over its territory. The 11 unchanged units point to the same-named
-- current unit (Thừa Thiên Huế to Huế). sort_order = 100 + the numeric code, after the current ones.
insert into province (code, name, current, successor_code, sort_order) values
    ('VN63-01', 'Hà Nội', false, 'VN-01', 101),
    ('VN63-02', 'Hà Giang', false, 'VN-08', 102),  -- merged into Tuyên Quang
    ('VN63-04', 'Cao Bằng', false, 'VN-04', 104),
    ('VN63-06', 'Bắc Kạn', false, 'VN-19', 106),  -- merged into Thái Nguyên
    ('VN63-08', 'Tuyên Quang', false, 'VN-08', 108),
    ('VN63-10', 'Lào Cai', false, 'VN-15', 110),
    ('VN63-11', 'Điện Biên', false, 'VN-11', 111),
    ('VN63-12', 'Lai Châu', false, 'VN-12', 112),
    ('VN63-14', 'Sơn La', false, 'VN-14', 114),
    ('VN63-15', 'Yên Bái', false, 'VN-15', 115),  -- merged into Lào Cai
    ('VN63-17', 'Hòa Bình', false, 'VN-25', 117),  -- merged into Phú Thọ
    ('VN63-19', 'Thái Nguyên', false, 'VN-19', 119),
    ('VN63-20', 'Lạng Sơn', false, 'VN-20', 120),
    ('VN63-22', 'Quảng Ninh', false, 'VN-22', 122),
    ('VN63-24', 'Bắc Giang', false, 'VN-24', 124),  -- merged into Bắc Ninh
    ('VN63-25', 'Phú Thọ', false, 'VN-25', 125),
    ('VN63-26', 'Vĩnh Phúc', false, 'VN-25', 126),  -- merged into Phú Thọ
    ('VN63-27', 'Bắc Ninh', false, 'VN-24', 127),
    ('VN63-30', 'Hải Dương', false, 'VN-31', 130),  -- merged into Hải Phòng
    ('VN63-31', 'Hải Phòng', false, 'VN-31', 131),
    ('VN63-33', 'Hưng Yên', false, 'VN-33', 133),
    ('VN63-34', 'Thái Bình', false, 'VN-33', 134),  -- merged into Hưng Yên
    ('VN63-35', 'Hà Nam', false, 'VN-37', 135),  -- merged into Ninh Bình
    ('VN63-36', 'Nam Định', false, 'VN-37', 136),  -- merged into Ninh Bình
    ('VN63-37', 'Ninh Bình', false, 'VN-37', 137),
    ('VN63-38', 'Thanh Hóa', false, 'VN-38', 138),
    ('VN63-40', 'Nghệ An', false, 'VN-40', 140),
    ('VN63-42', 'Hà Tĩnh', false, 'VN-42', 142),
    ('VN63-44', 'Quảng Bình', false, 'VN-44', 144),  -- merged into Quảng Trị
    ('VN63-45', 'Quảng Trị', false, 'VN-44', 145),
    ('VN63-46', 'Thừa Thiên Huế', false, 'VN-46', 146),  -- renamed Huế (centrally-run city since 2025), not merged
    ('VN63-48', 'Đà Nẵng', false, 'VN-48', 148),
    ('VN63-49', 'Quảng Nam', false, 'VN-48', 149),  -- merged into Đà Nẵng
    ('VN63-51', 'Quảng Ngãi', false, 'VN-51', 151),
    ('VN63-52', 'Bình Định', false, 'VN-52', 152),  -- merged into Gia Lai
    ('VN63-54', 'Phú Yên', false, 'VN-66', 154),  -- merged into Đắk Lắk
    ('VN63-56', 'Khánh Hòa', false, 'VN-56', 156),
    ('VN63-58', 'Ninh Thuận', false, 'VN-56', 158),  -- merged into Khánh Hòa
    ('VN63-60', 'Bình Thuận', false, 'VN-68', 160),  -- merged into Lâm Đồng
    ('VN63-62', 'Kon Tum', false, 'VN-51', 162),  -- merged into Quảng Ngãi
    ('VN63-64', 'Gia Lai', false, 'VN-52', 164),
    ('VN63-66', 'Đắk Lắk', false, 'VN-66', 166),
    ('VN63-67', 'Đắk Nông', false, 'VN-68', 167),  -- merged into Lâm Đồng
    ('VN63-68', 'Lâm Đồng', false, 'VN-68', 168),
    ('VN63-70', 'Bình Phước', false, 'VN-75', 170),  -- merged into Đồng Nai
    ('VN63-72', 'Tây Ninh', false, 'VN-80', 172),
    ('VN63-74', 'Bình Dương', false, 'VN-79', 174),  -- merged into TP. Hồ Chí Minh
    ('VN63-75', 'Đồng Nai', false, 'VN-75', 175),
    ('VN63-77', 'Bà Rịa - Vũng Tàu', false, 'VN-79', 177),  -- merged into TP. Hồ Chí Minh
    ('VN63-79', 'TP. Hồ Chí Minh', false, 'VN-79', 179),
    ('VN63-80', 'Long An', false, 'VN-80', 180),  -- merged into Tây Ninh
    ('VN63-82', 'Tiền Giang', false, 'VN-82', 182),  -- merged into Đồng Tháp
    ('VN63-83', 'Bến Tre', false, 'VN-86', 183),  -- merged into Vĩnh Long
    ('VN63-84', 'Trà Vinh', false, 'VN-86', 184),  -- merged into Vĩnh Long
    ('VN63-86', 'Vĩnh Long', false, 'VN-86', 186),
    ('VN63-87', 'Đồng Tháp', false, 'VN-82', 187),
    ('VN63-89', 'An Giang', false, 'VN-91', 189),
    ('VN63-91', 'Kiên Giang', false, 'VN-91', 191),  -- merged into An Giang
    ('VN63-92', 'Cần Thơ', false, 'VN-92', 192),
    ('VN63-93', 'Hậu Giang', false, 'VN-92', 193),  -- merged into Cần Thơ
    ('VN63-94', 'Sóc Trăng', false, 'VN-92', 194),  -- merged into Cần Thơ
    ('VN63-95', 'Bạc Liêu', false, 'VN-96', 195),  -- merged into Cà Mau
    ('VN63-96', 'Cà Mau', false, 'VN-96', 196);


-- ---------------------------------------------------------------------------------------------
-- 2. Organizations
-- ---------------------------------------------------------------------------------------------
-- sort_order bands: 10-99 central Party bodies, 100-199 Commission departments,
-- 1000-1099 provincial steering committees (1000 + province code) and their standing agencies,
-- 2000-2099 historical committees (2000 + pre-2025 code), 3000-3999 central agencies,
-- 4000-4999 provincial agencies (4000 + 10 x province code + 1 police / 2 procuracy / 3 court).

-- 2.1 Central Steering Committee, its standing members, and its standing agency (the Commission).
-- "lãng phí" (waste) was added to the committee's name in 2025; older records say
-- "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực".
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCDTW', 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', 'BCĐ Trung ương', 'STEERING_COMMITTEE', null, null, null, null, true, null, 10);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCDTW-TT', 'Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', 'Thường trực BCĐ', 'STANDING_MEMBERS', null, null, (select id from organization where code = 'BCDTW'), null, true, null, 20);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW', 'Ban Nội chính Trung ương', 'BNCTW', 'COMMISSION', null, null, (select id from organization where code = 'BCDTW'), null, true, null, 30);

-- 2.2 Departments of the Commission. A plausible working set of internal units for the product;
-- an administrator adjusts names and the split of work to the Commission's current structure.
-- office: secretariat, documents, administration
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-VP', 'Văn phòng Ban Nội chính Trung ương', 'Văn phòng Ban', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 100);
-- general affairs: work programme, session preparation, periodic reports
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-TH', 'Vụ Tổng hợp', 'Vụ Tổng hợp', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 110);
-- monitoring and urging the handling of cases and matters
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-VAVV', 'Vụ Theo dõi xử lý các vụ án, vụ việc', 'Vụ Theo dõi vụ án, vụ việc', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 120);
-- anti-corruption, waste and negative-conduct policy
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-PCTN', 'Vụ Phòng, chống tham nhũng, lãng phí, tiêu cực', 'Vụ PCTN, LP, TC', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 130);
-- internal affairs: defence, security, inspection sectors
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-NC', 'Vụ Nội chính', 'Vụ Nội chính', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 140);
-- judicial bodies and judicial reform
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-TP', 'Vụ Tư pháp', 'Vụ Tư pháp', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 150);
-- legal work: regulations and schemes being drafted
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-PL', 'Vụ Pháp luật', 'Vụ Pháp luật', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 160);
-- provinces of the North
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-DP1', 'Vụ Địa phương I', 'Vụ Địa phương I', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 170);
-- provinces of the Centre and the Central Highlands
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-DP2', 'Vụ Địa phương II', 'Vụ Địa phương II', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 180);
-- provinces of the South
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNCTW-DP3', 'Vụ Địa phương III', 'Vụ Địa phương III', 'DEPARTMENT', null, null, (select id from organization where code = 'BNCTW'), null, true, null, 190);

-- 2.3 Provincial steering committees (one per current province, under the Central Steering
-- Committee) and their standing agencies, the Internal Affairs Board of the provincial
-- (Tỉnh ủy) or, for the 6 centrally-run cities, city (Thành ủy) Party committee.
-- Hà Nội
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-01', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Hà Nội', 'BCĐ TP. Hà Nội', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-01', true, null, 1001);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-01', 'Ban Nội chính Thành ủy Hà Nội', 'BNC Thành ủy Hà Nội', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-01'), 'VN-01', true, null, 1001);
-- Cao Bằng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-04', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Cao Bằng', 'BCĐ tỉnh Cao Bằng', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-04', true, null, 1004);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-04', 'Ban Nội chính Tỉnh ủy Cao Bằng', 'BNC Tỉnh ủy Cao Bằng', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-04'), 'VN-04', true, null, 1004);
-- Tuyên Quang
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-08', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Tuyên Quang', 'BCĐ tỉnh Tuyên Quang', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-08', true, null, 1008);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-08', 'Ban Nội chính Tỉnh ủy Tuyên Quang', 'BNC Tỉnh ủy Tuyên Quang', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-08'), 'VN-08', true, null, 1008);
-- Điện Biên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-11', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Điện Biên', 'BCĐ tỉnh Điện Biên', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-11', true, null, 1011);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-11', 'Ban Nội chính Tỉnh ủy Điện Biên', 'BNC Tỉnh ủy Điện Biên', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-11'), 'VN-11', true, null, 1011);
-- Lai Châu
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-12', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lai Châu', 'BCĐ tỉnh Lai Châu', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-12', true, null, 1012);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-12', 'Ban Nội chính Tỉnh ủy Lai Châu', 'BNC Tỉnh ủy Lai Châu', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-12'), 'VN-12', true, null, 1012);
-- Sơn La
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-14', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Sơn La', 'BCĐ tỉnh Sơn La', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-14', true, null, 1014);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-14', 'Ban Nội chính Tỉnh ủy Sơn La', 'BNC Tỉnh ủy Sơn La', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-14'), 'VN-14', true, null, 1014);
-- Lào Cai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-15', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lào Cai', 'BCĐ tỉnh Lào Cai', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-15', true, null, 1015);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-15', 'Ban Nội chính Tỉnh ủy Lào Cai', 'BNC Tỉnh ủy Lào Cai', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-15'), 'VN-15', true, null, 1015);
-- Thái Nguyên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-19', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Thái Nguyên', 'BCĐ tỉnh Thái Nguyên', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-19', true, null, 1019);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-19', 'Ban Nội chính Tỉnh ủy Thái Nguyên', 'BNC Tỉnh ủy Thái Nguyên', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-19'), 'VN-19', true, null, 1019);
-- Lạng Sơn
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-20', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lạng Sơn', 'BCĐ tỉnh Lạng Sơn', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-20', true, null, 1020);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-20', 'Ban Nội chính Tỉnh ủy Lạng Sơn', 'BNC Tỉnh ủy Lạng Sơn', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-20'), 'VN-20', true, null, 1020);
-- Quảng Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-22', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Ninh', 'BCĐ tỉnh Quảng Ninh', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-22', true, null, 1022);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-22', 'Ban Nội chính Tỉnh ủy Quảng Ninh', 'BNC Tỉnh ủy Quảng Ninh', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-22'), 'VN-22', true, null, 1022);
-- Bắc Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-24', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bắc Ninh', 'BCĐ tỉnh Bắc Ninh', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-24', true, null, 1024);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-24', 'Ban Nội chính Tỉnh ủy Bắc Ninh', 'BNC Tỉnh ủy Bắc Ninh', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-24'), 'VN-24', true, null, 1024);
-- Phú Thọ
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-25', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Phú Thọ', 'BCĐ tỉnh Phú Thọ', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-25', true, null, 1025);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-25', 'Ban Nội chính Tỉnh ủy Phú Thọ', 'BNC Tỉnh ủy Phú Thọ', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-25'), 'VN-25', true, null, 1025);
-- Hải Phòng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-31', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Hải Phòng', 'BCĐ TP. Hải Phòng', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-31', true, null, 1031);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-31', 'Ban Nội chính Thành ủy Hải Phòng', 'BNC Thành ủy Hải Phòng', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-31'), 'VN-31', true, null, 1031);
-- Hưng Yên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-33', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hưng Yên', 'BCĐ tỉnh Hưng Yên', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-33', true, null, 1033);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-33', 'Ban Nội chính Tỉnh ủy Hưng Yên', 'BNC Tỉnh ủy Hưng Yên', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-33'), 'VN-33', true, null, 1033);
-- Ninh Bình
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-37', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Ninh Bình', 'BCĐ tỉnh Ninh Bình', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-37', true, null, 1037);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-37', 'Ban Nội chính Tỉnh ủy Ninh Bình', 'BNC Tỉnh ủy Ninh Bình', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-37'), 'VN-37', true, null, 1037);
-- Thanh Hóa
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-38', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Thanh Hóa', 'BCĐ tỉnh Thanh Hóa', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-38', true, null, 1038);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-38', 'Ban Nội chính Tỉnh ủy Thanh Hóa', 'BNC Tỉnh ủy Thanh Hóa', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-38'), 'VN-38', true, null, 1038);
-- Nghệ An
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-40', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Nghệ An', 'BCĐ tỉnh Nghệ An', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-40', true, null, 1040);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-40', 'Ban Nội chính Tỉnh ủy Nghệ An', 'BNC Tỉnh ủy Nghệ An', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-40'), 'VN-40', true, null, 1040);
-- Hà Tĩnh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-42', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh', 'BCĐ tỉnh Hà Tĩnh', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-42', true, null, 1042);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-42', 'Ban Nội chính Tỉnh ủy Hà Tĩnh', 'BNC Tỉnh ủy Hà Tĩnh', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-42'), 'VN-42', true, null, 1042);
-- Quảng Trị
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-44', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Trị', 'BCĐ tỉnh Quảng Trị', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-44', true, null, 1044);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-44', 'Ban Nội chính Tỉnh ủy Quảng Trị', 'BNC Tỉnh ủy Quảng Trị', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-44'), 'VN-44', true, null, 1044);
-- Huế
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-46', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Huế', 'BCĐ TP. Huế', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-46', true, null, 1046);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-46', 'Ban Nội chính Thành ủy Huế', 'BNC Thành ủy Huế', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-46'), 'VN-46', true, null, 1046);
-- Đà Nẵng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-48', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Đà Nẵng', 'BCĐ TP. Đà Nẵng', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-48', true, null, 1048);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-48', 'Ban Nội chính Thành ủy Đà Nẵng', 'BNC Thành ủy Đà Nẵng', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-48'), 'VN-48', true, null, 1048);
-- Quảng Ngãi
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-51', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Ngãi', 'BCĐ tỉnh Quảng Ngãi', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-51', true, null, 1051);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-51', 'Ban Nội chính Tỉnh ủy Quảng Ngãi', 'BNC Tỉnh ủy Quảng Ngãi', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-51'), 'VN-51', true, null, 1051);
-- Gia Lai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-52', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Gia Lai', 'BCĐ tỉnh Gia Lai', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-52', true, null, 1052);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-52', 'Ban Nội chính Tỉnh ủy Gia Lai', 'BNC Tỉnh ủy Gia Lai', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-52'), 'VN-52', true, null, 1052);
-- Khánh Hòa
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-56', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Khánh Hòa', 'BCĐ tỉnh Khánh Hòa', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-56', true, null, 1056);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-56', 'Ban Nội chính Tỉnh ủy Khánh Hòa', 'BNC Tỉnh ủy Khánh Hòa', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-56'), 'VN-56', true, null, 1056);
-- Đắk Lắk
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-66', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Đắk Lắk', 'BCĐ tỉnh Đắk Lắk', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-66', true, null, 1066);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-66', 'Ban Nội chính Tỉnh ủy Đắk Lắk', 'BNC Tỉnh ủy Đắk Lắk', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-66'), 'VN-66', true, null, 1066);
-- Lâm Đồng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-68', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng', 'BCĐ tỉnh Lâm Đồng', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-68', true, null, 1068);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-68', 'Ban Nội chính Tỉnh ủy Lâm Đồng', 'BNC Tỉnh ủy Lâm Đồng', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-68'), 'VN-68', true, null, 1068);
-- Đồng Nai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-75', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Đồng Nai', 'BCĐ tỉnh Đồng Nai', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-75', true, null, 1075);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-75', 'Ban Nội chính Tỉnh ủy Đồng Nai', 'BNC Tỉnh ủy Đồng Nai', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-75'), 'VN-75', true, null, 1075);
-- TP. Hồ Chí Minh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-79', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Thành phố Hồ Chí Minh', 'BCĐ TP. Hồ Chí Minh', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-79', true, null, 1079);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-79', 'Ban Nội chính Thành ủy Thành phố Hồ Chí Minh', 'BNC Thành ủy TP. Hồ Chí Minh', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-79'), 'VN-79', true, null, 1079);
-- Tây Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-80', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Tây Ninh', 'BCĐ tỉnh Tây Ninh', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-80', true, null, 1080);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-80', 'Ban Nội chính Tỉnh ủy Tây Ninh', 'BNC Tỉnh ủy Tây Ninh', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-80'), 'VN-80', true, null, 1080);
-- Đồng Tháp
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-82', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Đồng Tháp', 'BCĐ tỉnh Đồng Tháp', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-82', true, null, 1082);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-82', 'Ban Nội chính Tỉnh ủy Đồng Tháp', 'BNC Tỉnh ủy Đồng Tháp', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-82'), 'VN-82', true, null, 1082);
-- Vĩnh Long
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-86', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long', 'BCĐ tỉnh Vĩnh Long', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-86', true, null, 1086);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-86', 'Ban Nội chính Tỉnh ủy Vĩnh Long', 'BNC Tỉnh ủy Vĩnh Long', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-86'), 'VN-86', true, null, 1086);
-- An Giang
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-91', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh An Giang', 'BCĐ tỉnh An Giang', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-91', true, null, 1091);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-91', 'Ban Nội chính Tỉnh ủy An Giang', 'BNC Tỉnh ủy An Giang', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-91'), 'VN-91', true, null, 1091);
-- Cần Thơ
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-92', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Cần Thơ', 'BCĐ TP. Cần Thơ', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-92', true, null, 1092);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-92', 'Ban Nội chính Thành ủy Cần Thơ', 'BNC Thành ủy Cần Thơ', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-92'), 'VN-92', true, null, 1092);
-- Cà Mau
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD-96', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Cà Mau', 'BCĐ tỉnh Cà Mau', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN-96', true, null, 1096);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BNC-96', 'Ban Nội chính Tỉnh ủy Cà Mau', 'BNC Tỉnh ủy Cà Mau', 'PROVINCIAL_STANDING_AGENCY', null, null, (select id from organization where code = 'BCD-96'), 'VN-96', true, null, 1096);

-- 2.4 Historical steering committees of the 29 provinces that were merged into another unit on
-- 1 July 2025 (the earlier units whose name differs from their successor's). Records made before
-- the merger keep them; each is inactive and points to the committee of the unit that succeeded it.
-- Not repeated here: the 11 unchanged units (Thừa Thiên Huế included, renamed Huế) and the 23
-- earlier units of the same name as a merged current one, whose committee continues as BCD-<code>.
-- The name is the last one in use (with "lãng phí", added in 2025).
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-02', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Giang', 'BCĐ tỉnh Hà Giang (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-02', false, (select id from organization where code = 'BCD-08'), 2002);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-06', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bắc Kạn', 'BCĐ tỉnh Bắc Kạn (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-06', false, (select id from organization where code = 'BCD-19'), 2006);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-15', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Yên Bái', 'BCĐ tỉnh Yên Bái (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-15', false, (select id from organization where code = 'BCD-15'), 2015);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-17', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hòa Bình', 'BCĐ tỉnh Hòa Bình (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-17', false, (select id from organization where code = 'BCD-25'), 2017);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-24', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bắc Giang', 'BCĐ tỉnh Bắc Giang (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-24', false, (select id from organization where code = 'BCD-24'), 2024);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-26', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Phúc', 'BCĐ tỉnh Vĩnh Phúc (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-26', false, (select id from organization where code = 'BCD-25'), 2026);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-30', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hải Dương', 'BCĐ tỉnh Hải Dương (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-30', false, (select id from organization where code = 'BCD-31'), 2030);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-34', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Thái Bình', 'BCĐ tỉnh Thái Bình (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-34', false, (select id from organization where code = 'BCD-33'), 2034);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-35', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Nam', 'BCĐ tỉnh Hà Nam (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-35', false, (select id from organization where code = 'BCD-37'), 2035);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-36', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Nam Định', 'BCĐ tỉnh Nam Định (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-36', false, (select id from organization where code = 'BCD-37'), 2036);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-44', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Bình', 'BCĐ tỉnh Quảng Bình (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-44', false, (select id from organization where code = 'BCD-44'), 2044);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-49', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Nam', 'BCĐ tỉnh Quảng Nam (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-49', false, (select id from organization where code = 'BCD-48'), 2049);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-52', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bình Định', 'BCĐ tỉnh Bình Định (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-52', false, (select id from organization where code = 'BCD-52'), 2052);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-54', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Phú Yên', 'BCĐ tỉnh Phú Yên (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-54', false, (select id from organization where code = 'BCD-66'), 2054);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-58', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Ninh Thuận', 'BCĐ tỉnh Ninh Thuận (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-58', false, (select id from organization where code = 'BCD-56'), 2058);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-60', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bình Thuận', 'BCĐ tỉnh Bình Thuận (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-60', false, (select id from organization where code = 'BCD-68'), 2060);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-62', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Kon Tum', 'BCĐ tỉnh Kon Tum (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-62', false, (select id from organization where code = 'BCD-51'), 2062);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-67', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Đắk Nông', 'BCĐ tỉnh Đắk Nông (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-67', false, (select id from organization where code = 'BCD-68'), 2067);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-70', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bình Phước', 'BCĐ tỉnh Bình Phước (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-70', false, (select id from organization where code = 'BCD-75'), 2070);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-74', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bình Dương', 'BCĐ tỉnh Bình Dương (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-74', false, (select id from organization where code = 'BCD-79'), 2074);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-77', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bà Rịa - Vũng Tàu', 'BCĐ tỉnh Bà Rịa - Vũng Tàu (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-77', false, (select id from organization where code = 'BCD-79'), 2077);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-80', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Long An', 'BCĐ tỉnh Long An (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-80', false, (select id from organization where code = 'BCD-80'), 2080);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-82', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Tiền Giang', 'BCĐ tỉnh Tiền Giang (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-82', false, (select id from organization where code = 'BCD-82'), 2082);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-83', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bến Tre', 'BCĐ tỉnh Bến Tre (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-83', false, (select id from organization where code = 'BCD-86'), 2083);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-84', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Trà Vinh', 'BCĐ tỉnh Trà Vinh (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-84', false, (select id from organization where code = 'BCD-86'), 2084);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-91', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Kiên Giang', 'BCĐ tỉnh Kiên Giang (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-91', false, (select id from organization where code = 'BCD-91'), 2091);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-93', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hậu Giang', 'BCĐ tỉnh Hậu Giang (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-93', false, (select id from organization where code = 'BCD-92'), 2093);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-94', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Sóc Trăng', 'BCĐ tỉnh Sóc Trăng (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-94', false, (select id from organization where code = 'BCD-92'), 2094);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCD63-95', 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Bạc Liêu', 'BCĐ tỉnh Bạc Liêu (cũ)', 'PROVINCIAL_STEERING_COMMITTEE', null, null, (select id from organization where code = 'BCDTW'), 'VN63-95', false, (select id from organization where code = 'BCD-96'), 2095);

-- 2.5 Central agencies (no parent in the committee tree).
-- Ministry of Public Security: a grouping (no agency kind of its own) over its investigation bodies.
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCA', 'Bộ Công an', 'BCA', 'AGENCY', null, null, null, null, true, null, 3000);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCA-CSDT', 'Cơ quan Cảnh sát điều tra Bộ Công an', 'CQCSĐT Bộ Công an', 'AGENCY', 'INVESTIGATION', null, (select id from organization where code = 'BCA'), null, true, null, 3010);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCA-C03', 'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường (C03)', 'C03 Bộ Công an', 'AGENCY', 'INVESTIGATION', null, (select id from organization where code = 'BCA'), null, true, null, 3020);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BCA-ANDT', 'Cơ quan An ninh điều tra Bộ Công an', 'CQANĐT Bộ Công an', 'AGENCY', 'INVESTIGATION', null, (select id from organization where code = 'BCA'), null, true, null, 3030);
-- Ministry of National Defence: its criminal investigation body.
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('BQP-CQDTHS', 'Cơ quan điều tra hình sự Bộ Quốc phòng', 'CQĐTHS Bộ Quốc phòng', 'AGENCY', 'INVESTIGATION', null, null, null, true, null, 3100);
-- Procuracies. Since 1 July 2025 (amended Law on Organization of People's Procuracies) the three
-- high-level procuracies have ceased; appeal-level work passed to three units of the Supreme
-- People's Procuracy ("Viện Phúc thẩm 1, 2, 3", decisions 339-341/QĐ-VKSTC of 27 June 2025).
-- The high-level procuracies stay for records made before that date, inactive, with a successor.
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSTC', 'Viện kiểm sát nhân dân tối cao', 'VKSND tối cao', 'AGENCY', 'PROCURACY', null, null, null, true, null, 3200);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSTC-CQDT', 'Cơ quan điều tra Viện kiểm sát nhân dân tối cao', 'CQĐT VKSND tối cao', 'AGENCY', 'INVESTIGATION', null, (select id from organization where code = 'VKSTC'), null, true, null, 3210);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSTC-VPT1', 'Viện Công tố và kiểm sát xét xử phúc thẩm tại Hà Nội', 'Viện Phúc thẩm 1 VKSND tối cao', 'AGENCY', 'PROCURACY', null, (select id from organization where code = 'VKSTC'), null, true, null, 3220);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSTC-VPT2', 'Viện Công tố và kiểm sát xét xử phúc thẩm tại Đà Nẵng', 'Viện Phúc thẩm 2 VKSND tối cao', 'AGENCY', 'PROCURACY', null, (select id from organization where code = 'VKSTC'), null, true, null, 3221);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSTC-VPT3', 'Viện Công tố và kiểm sát xét xử phúc thẩm tại Thành phố Hồ Chí Minh', 'Viện Phúc thẩm 3 VKSND tối cao', 'AGENCY', 'PROCURACY', null, (select id from organization where code = 'VKSTC'), null, true, null, 3222);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSCC-HN', 'Viện kiểm sát nhân dân cấp cao tại Hà Nội', 'VKSND cấp cao tại Hà Nội', 'AGENCY', 'PROCURACY', null, null, null, false, (select id from organization where code = 'VKSTC-VPT1'), 3250);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSCC-DN', 'Viện kiểm sát nhân dân cấp cao tại Đà Nẵng', 'VKSND cấp cao tại Đà Nẵng', 'AGENCY', 'PROCURACY', null, null, null, false, (select id from organization where code = 'VKSTC-VPT2'), 3251);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKSCC-HCM', 'Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh', 'VKSND cấp cao tại TP. Hồ Chí Minh', 'AGENCY', 'PROCURACY', null, null, null, false, (select id from organization where code = 'VKSTC-VPT3'), 3252);
-- Courts. The Supreme People's Court has no court_level (it is neither PROVINCIAL nor HIGH).
-- Since 1 July 2025 (amended Law on Organization of People's Courts) the three high courts are
-- dissolved and appeals against provincial first-instance judgments go to the three appellate
-- courts of the Supreme People's Court (Resolution 85/2025/UBTVQH15). Those appellate courts carry
-- court_level HIGH because they sit at the tier the high courts held (appeal-preparation limit);
-- the high courts stay for records made before that date, inactive, with a successor.
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TATC', 'Tòa án nhân dân tối cao', 'TAND tối cao', 'AGENCY', 'COURT', null, null, null, true, null, 3300);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TATC-TPT-HN', 'Tòa Phúc thẩm Tòa án nhân dân tối cao tại Hà Nội', 'Tòa Phúc thẩm TAND tối cao tại Hà Nội', 'AGENCY', 'COURT', 'HIGH', (select id from organization where code = 'TATC'), null, true, null, 3310);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TATC-TPT-DN', 'Tòa Phúc thẩm Tòa án nhân dân tối cao tại Đà Nẵng', 'Tòa Phúc thẩm TAND tối cao tại Đà Nẵng', 'AGENCY', 'COURT', 'HIGH', (select id from organization where code = 'TATC'), null, true, null, 3311);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TATC-TPT-HCM', 'Tòa Phúc thẩm Tòa án nhân dân tối cao tại Thành phố Hồ Chí Minh', 'Tòa Phúc thẩm TAND tối cao tại TP. Hồ Chí Minh', 'AGENCY', 'COURT', 'HIGH', (select id from organization where code = 'TATC'), null, true, null, 3312);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TACC-HN', 'Tòa án nhân dân cấp cao tại Hà Nội', 'TAND cấp cao tại Hà Nội', 'AGENCY', 'COURT', 'HIGH', null, null, false, (select id from organization where code = 'TATC-TPT-HN'), 3350);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TACC-DN', 'Tòa án nhân dân cấp cao tại Đà Nẵng', 'TAND cấp cao tại Đà Nẵng', 'AGENCY', 'COURT', 'HIGH', null, null, false, (select id from organization where code = 'TATC-TPT-DN'), 3351);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TACC-HCM', 'Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh', 'TAND cấp cao tại TP. Hồ Chí Minh', 'AGENCY', 'COURT', 'HIGH', null, null, false, (select id from organization where code = 'TATC-TPT-HCM'), 3352);
-- Inspection, audit and Party inspection.
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TTCP', 'Thanh tra Chính phủ', 'TTCP', 'AGENCY', 'INSPECTORATE', null, null, null, true, null, 3400);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('KTNN', 'Kiểm toán Nhà nước', 'KTNN', 'AGENCY', 'STATE_AUDIT', null, null, null, true, null, 3500);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('UBKTTW', 'Ủy ban Kiểm tra Trung ương', 'UBKTTW', 'AGENCY', 'PARTY_INSPECTION', null, null, null, true, null, 3600);

-- 2.6 Provincial agencies of each current province: the provincial police (named as the police
-- department, which houses both its police and its security investigation bodies), the provincial
-- procuracy and the provincial court (court_level PROVINCIAL). "thành phố" for the 6 centrally-run
-- cities, "tỉnh" otherwise.
-- Hà Nội
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-01', 'Công an thành phố Hà Nội', 'CA TP. Hà Nội', 'AGENCY', 'INVESTIGATION', null, null, 'VN-01', true, null, 4011);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-01', 'Viện kiểm sát nhân dân thành phố Hà Nội', 'VKSND TP. Hà Nội', 'AGENCY', 'PROCURACY', null, null, 'VN-01', true, null, 4012);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-01', 'Tòa án nhân dân thành phố Hà Nội', 'TAND TP. Hà Nội', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-01', true, null, 4013);
-- Cao Bằng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-04', 'Công an tỉnh Cao Bằng', 'CA tỉnh Cao Bằng', 'AGENCY', 'INVESTIGATION', null, null, 'VN-04', true, null, 4041);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-04', 'Viện kiểm sát nhân dân tỉnh Cao Bằng', 'VKSND tỉnh Cao Bằng', 'AGENCY', 'PROCURACY', null, null, 'VN-04', true, null, 4042);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-04', 'Tòa án nhân dân tỉnh Cao Bằng', 'TAND tỉnh Cao Bằng', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-04', true, null, 4043);
-- Tuyên Quang
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-08', 'Công an tỉnh Tuyên Quang', 'CA tỉnh Tuyên Quang', 'AGENCY', 'INVESTIGATION', null, null, 'VN-08', true, null, 4081);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-08', 'Viện kiểm sát nhân dân tỉnh Tuyên Quang', 'VKSND tỉnh Tuyên Quang', 'AGENCY', 'PROCURACY', null, null, 'VN-08', true, null, 4082);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-08', 'Tòa án nhân dân tỉnh Tuyên Quang', 'TAND tỉnh Tuyên Quang', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-08', true, null, 4083);
-- Điện Biên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-11', 'Công an tỉnh Điện Biên', 'CA tỉnh Điện Biên', 'AGENCY', 'INVESTIGATION', null, null, 'VN-11', true, null, 4111);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-11', 'Viện kiểm sát nhân dân tỉnh Điện Biên', 'VKSND tỉnh Điện Biên', 'AGENCY', 'PROCURACY', null, null, 'VN-11', true, null, 4112);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-11', 'Tòa án nhân dân tỉnh Điện Biên', 'TAND tỉnh Điện Biên', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-11', true, null, 4113);
-- Lai Châu
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-12', 'Công an tỉnh Lai Châu', 'CA tỉnh Lai Châu', 'AGENCY', 'INVESTIGATION', null, null, 'VN-12', true, null, 4121);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-12', 'Viện kiểm sát nhân dân tỉnh Lai Châu', 'VKSND tỉnh Lai Châu', 'AGENCY', 'PROCURACY', null, null, 'VN-12', true, null, 4122);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-12', 'Tòa án nhân dân tỉnh Lai Châu', 'TAND tỉnh Lai Châu', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-12', true, null, 4123);
-- Sơn La
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-14', 'Công an tỉnh Sơn La', 'CA tỉnh Sơn La', 'AGENCY', 'INVESTIGATION', null, null, 'VN-14', true, null, 4141);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-14', 'Viện kiểm sát nhân dân tỉnh Sơn La', 'VKSND tỉnh Sơn La', 'AGENCY', 'PROCURACY', null, null, 'VN-14', true, null, 4142);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-14', 'Tòa án nhân dân tỉnh Sơn La', 'TAND tỉnh Sơn La', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-14', true, null, 4143);
-- Lào Cai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-15', 'Công an tỉnh Lào Cai', 'CA tỉnh Lào Cai', 'AGENCY', 'INVESTIGATION', null, null, 'VN-15', true, null, 4151);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-15', 'Viện kiểm sát nhân dân tỉnh Lào Cai', 'VKSND tỉnh Lào Cai', 'AGENCY', 'PROCURACY', null, null, 'VN-15', true, null, 4152);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-15', 'Tòa án nhân dân tỉnh Lào Cai', 'TAND tỉnh Lào Cai', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-15', true, null, 4153);
-- Thái Nguyên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-19', 'Công an tỉnh Thái Nguyên', 'CA tỉnh Thái Nguyên', 'AGENCY', 'INVESTIGATION', null, null, 'VN-19', true, null, 4191);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-19', 'Viện kiểm sát nhân dân tỉnh Thái Nguyên', 'VKSND tỉnh Thái Nguyên', 'AGENCY', 'PROCURACY', null, null, 'VN-19', true, null, 4192);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-19', 'Tòa án nhân dân tỉnh Thái Nguyên', 'TAND tỉnh Thái Nguyên', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-19', true, null, 4193);
-- Lạng Sơn
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-20', 'Công an tỉnh Lạng Sơn', 'CA tỉnh Lạng Sơn', 'AGENCY', 'INVESTIGATION', null, null, 'VN-20', true, null, 4201);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-20', 'Viện kiểm sát nhân dân tỉnh Lạng Sơn', 'VKSND tỉnh Lạng Sơn', 'AGENCY', 'PROCURACY', null, null, 'VN-20', true, null, 4202);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-20', 'Tòa án nhân dân tỉnh Lạng Sơn', 'TAND tỉnh Lạng Sơn', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-20', true, null, 4203);
-- Quảng Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-22', 'Công an tỉnh Quảng Ninh', 'CA tỉnh Quảng Ninh', 'AGENCY', 'INVESTIGATION', null, null, 'VN-22', true, null, 4221);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-22', 'Viện kiểm sát nhân dân tỉnh Quảng Ninh', 'VKSND tỉnh Quảng Ninh', 'AGENCY', 'PROCURACY', null, null, 'VN-22', true, null, 4222);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-22', 'Tòa án nhân dân tỉnh Quảng Ninh', 'TAND tỉnh Quảng Ninh', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-22', true, null, 4223);
-- Bắc Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-24', 'Công an tỉnh Bắc Ninh', 'CA tỉnh Bắc Ninh', 'AGENCY', 'INVESTIGATION', null, null, 'VN-24', true, null, 4241);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-24', 'Viện kiểm sát nhân dân tỉnh Bắc Ninh', 'VKSND tỉnh Bắc Ninh', 'AGENCY', 'PROCURACY', null, null, 'VN-24', true, null, 4242);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-24', 'Tòa án nhân dân tỉnh Bắc Ninh', 'TAND tỉnh Bắc Ninh', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-24', true, null, 4243);
-- Phú Thọ
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-25', 'Công an tỉnh Phú Thọ', 'CA tỉnh Phú Thọ', 'AGENCY', 'INVESTIGATION', null, null, 'VN-25', true, null, 4251);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-25', 'Viện kiểm sát nhân dân tỉnh Phú Thọ', 'VKSND tỉnh Phú Thọ', 'AGENCY', 'PROCURACY', null, null, 'VN-25', true, null, 4252);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-25', 'Tòa án nhân dân tỉnh Phú Thọ', 'TAND tỉnh Phú Thọ', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-25', true, null, 4253);
-- Hải Phòng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-31', 'Công an thành phố Hải Phòng', 'CA TP. Hải Phòng', 'AGENCY', 'INVESTIGATION', null, null, 'VN-31', true, null, 4311);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-31', 'Viện kiểm sát nhân dân thành phố Hải Phòng', 'VKSND TP. Hải Phòng', 'AGENCY', 'PROCURACY', null, null, 'VN-31', true, null, 4312);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-31', 'Tòa án nhân dân thành phố Hải Phòng', 'TAND TP. Hải Phòng', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-31', true, null, 4313);
-- Hưng Yên
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-33', 'Công an tỉnh Hưng Yên', 'CA tỉnh Hưng Yên', 'AGENCY', 'INVESTIGATION', null, null, 'VN-33', true, null, 4331);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-33', 'Viện kiểm sát nhân dân tỉnh Hưng Yên', 'VKSND tỉnh Hưng Yên', 'AGENCY', 'PROCURACY', null, null, 'VN-33', true, null, 4332);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-33', 'Tòa án nhân dân tỉnh Hưng Yên', 'TAND tỉnh Hưng Yên', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-33', true, null, 4333);
-- Ninh Bình
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-37', 'Công an tỉnh Ninh Bình', 'CA tỉnh Ninh Bình', 'AGENCY', 'INVESTIGATION', null, null, 'VN-37', true, null, 4371);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-37', 'Viện kiểm sát nhân dân tỉnh Ninh Bình', 'VKSND tỉnh Ninh Bình', 'AGENCY', 'PROCURACY', null, null, 'VN-37', true, null, 4372);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-37', 'Tòa án nhân dân tỉnh Ninh Bình', 'TAND tỉnh Ninh Bình', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-37', true, null, 4373);
-- Thanh Hóa
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-38', 'Công an tỉnh Thanh Hóa', 'CA tỉnh Thanh Hóa', 'AGENCY', 'INVESTIGATION', null, null, 'VN-38', true, null, 4381);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-38', 'Viện kiểm sát nhân dân tỉnh Thanh Hóa', 'VKSND tỉnh Thanh Hóa', 'AGENCY', 'PROCURACY', null, null, 'VN-38', true, null, 4382);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-38', 'Tòa án nhân dân tỉnh Thanh Hóa', 'TAND tỉnh Thanh Hóa', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-38', true, null, 4383);
-- Nghệ An
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-40', 'Công an tỉnh Nghệ An', 'CA tỉnh Nghệ An', 'AGENCY', 'INVESTIGATION', null, null, 'VN-40', true, null, 4401);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-40', 'Viện kiểm sát nhân dân tỉnh Nghệ An', 'VKSND tỉnh Nghệ An', 'AGENCY', 'PROCURACY', null, null, 'VN-40', true, null, 4402);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-40', 'Tòa án nhân dân tỉnh Nghệ An', 'TAND tỉnh Nghệ An', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-40', true, null, 4403);
-- Hà Tĩnh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-42', 'Công an tỉnh Hà Tĩnh', 'CA tỉnh Hà Tĩnh', 'AGENCY', 'INVESTIGATION', null, null, 'VN-42', true, null, 4421);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-42', 'Viện kiểm sát nhân dân tỉnh Hà Tĩnh', 'VKSND tỉnh Hà Tĩnh', 'AGENCY', 'PROCURACY', null, null, 'VN-42', true, null, 4422);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-42', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'TAND tỉnh Hà Tĩnh', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-42', true, null, 4423);
-- Quảng Trị
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-44', 'Công an tỉnh Quảng Trị', 'CA tỉnh Quảng Trị', 'AGENCY', 'INVESTIGATION', null, null, 'VN-44', true, null, 4441);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-44', 'Viện kiểm sát nhân dân tỉnh Quảng Trị', 'VKSND tỉnh Quảng Trị', 'AGENCY', 'PROCURACY', null, null, 'VN-44', true, null, 4442);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-44', 'Tòa án nhân dân tỉnh Quảng Trị', 'TAND tỉnh Quảng Trị', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-44', true, null, 4443);
-- Huế
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-46', 'Công an thành phố Huế', 'CA TP. Huế', 'AGENCY', 'INVESTIGATION', null, null, 'VN-46', true, null, 4461);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-46', 'Viện kiểm sát nhân dân thành phố Huế', 'VKSND TP. Huế', 'AGENCY', 'PROCURACY', null, null, 'VN-46', true, null, 4462);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-46', 'Tòa án nhân dân thành phố Huế', 'TAND TP. Huế', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-46', true, null, 4463);
-- Đà Nẵng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-48', 'Công an thành phố Đà Nẵng', 'CA TP. Đà Nẵng', 'AGENCY', 'INVESTIGATION', null, null, 'VN-48', true, null, 4481);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-48', 'Viện kiểm sát nhân dân thành phố Đà Nẵng', 'VKSND TP. Đà Nẵng', 'AGENCY', 'PROCURACY', null, null, 'VN-48', true, null, 4482);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-48', 'Tòa án nhân dân thành phố Đà Nẵng', 'TAND TP. Đà Nẵng', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-48', true, null, 4483);
-- Quảng Ngãi
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-51', 'Công an tỉnh Quảng Ngãi', 'CA tỉnh Quảng Ngãi', 'AGENCY', 'INVESTIGATION', null, null, 'VN-51', true, null, 4511);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-51', 'Viện kiểm sát nhân dân tỉnh Quảng Ngãi', 'VKSND tỉnh Quảng Ngãi', 'AGENCY', 'PROCURACY', null, null, 'VN-51', true, null, 4512);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-51', 'Tòa án nhân dân tỉnh Quảng Ngãi', 'TAND tỉnh Quảng Ngãi', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-51', true, null, 4513);
-- Gia Lai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-52', 'Công an tỉnh Gia Lai', 'CA tỉnh Gia Lai', 'AGENCY', 'INVESTIGATION', null, null, 'VN-52', true, null, 4521);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-52', 'Viện kiểm sát nhân dân tỉnh Gia Lai', 'VKSND tỉnh Gia Lai', 'AGENCY', 'PROCURACY', null, null, 'VN-52', true, null, 4522);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-52', 'Tòa án nhân dân tỉnh Gia Lai', 'TAND tỉnh Gia Lai', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-52', true, null, 4523);
-- Khánh Hòa
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-56', 'Công an tỉnh Khánh Hòa', 'CA tỉnh Khánh Hòa', 'AGENCY', 'INVESTIGATION', null, null, 'VN-56', true, null, 4561);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-56', 'Viện kiểm sát nhân dân tỉnh Khánh Hòa', 'VKSND tỉnh Khánh Hòa', 'AGENCY', 'PROCURACY', null, null, 'VN-56', true, null, 4562);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-56', 'Tòa án nhân dân tỉnh Khánh Hòa', 'TAND tỉnh Khánh Hòa', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-56', true, null, 4563);
-- Đắk Lắk
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-66', 'Công an tỉnh Đắk Lắk', 'CA tỉnh Đắk Lắk', 'AGENCY', 'INVESTIGATION', null, null, 'VN-66', true, null, 4661);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-66', 'Viện kiểm sát nhân dân tỉnh Đắk Lắk', 'VKSND tỉnh Đắk Lắk', 'AGENCY', 'PROCURACY', null, null, 'VN-66', true, null, 4662);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-66', 'Tòa án nhân dân tỉnh Đắk Lắk', 'TAND tỉnh Đắk Lắk', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-66', true, null, 4663);
-- Lâm Đồng
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-68', 'Công an tỉnh Lâm Đồng', 'CA tỉnh Lâm Đồng', 'AGENCY', 'INVESTIGATION', null, null, 'VN-68', true, null, 4681);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-68', 'Viện kiểm sát nhân dân tỉnh Lâm Đồng', 'VKSND tỉnh Lâm Đồng', 'AGENCY', 'PROCURACY', null, null, 'VN-68', true, null, 4682);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-68', 'Tòa án nhân dân tỉnh Lâm Đồng', 'TAND tỉnh Lâm Đồng', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-68', true, null, 4683);
-- Đồng Nai
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-75', 'Công an tỉnh Đồng Nai', 'CA tỉnh Đồng Nai', 'AGENCY', 'INVESTIGATION', null, null, 'VN-75', true, null, 4751);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-75', 'Viện kiểm sát nhân dân tỉnh Đồng Nai', 'VKSND tỉnh Đồng Nai', 'AGENCY', 'PROCURACY', null, null, 'VN-75', true, null, 4752);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-75', 'Tòa án nhân dân tỉnh Đồng Nai', 'TAND tỉnh Đồng Nai', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-75', true, null, 4753);
-- TP. Hồ Chí Minh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-79', 'Công an Thành phố Hồ Chí Minh', 'CA TP. Hồ Chí Minh', 'AGENCY', 'INVESTIGATION', null, null, 'VN-79', true, null, 4791);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-79', 'Viện kiểm sát nhân dân Thành phố Hồ Chí Minh', 'VKSND TP. Hồ Chí Minh', 'AGENCY', 'PROCURACY', null, null, 'VN-79', true, null, 4792);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-79', 'Tòa án nhân dân Thành phố Hồ Chí Minh', 'TAND TP. Hồ Chí Minh', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-79', true, null, 4793);
-- Tây Ninh
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-80', 'Công an tỉnh Tây Ninh', 'CA tỉnh Tây Ninh', 'AGENCY', 'INVESTIGATION', null, null, 'VN-80', true, null, 4801);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-80', 'Viện kiểm sát nhân dân tỉnh Tây Ninh', 'VKSND tỉnh Tây Ninh', 'AGENCY', 'PROCURACY', null, null, 'VN-80', true, null, 4802);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-80', 'Tòa án nhân dân tỉnh Tây Ninh', 'TAND tỉnh Tây Ninh', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-80', true, null, 4803);
-- Đồng Tháp
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-82', 'Công an tỉnh Đồng Tháp', 'CA tỉnh Đồng Tháp', 'AGENCY', 'INVESTIGATION', null, null, 'VN-82', true, null, 4821);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-82', 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', 'VKSND tỉnh Đồng Tháp', 'AGENCY', 'PROCURACY', null, null, 'VN-82', true, null, 4822);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-82', 'Tòa án nhân dân tỉnh Đồng Tháp', 'TAND tỉnh Đồng Tháp', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-82', true, null, 4823);
-- Vĩnh Long
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-86', 'Công an tỉnh Vĩnh Long', 'CA tỉnh Vĩnh Long', 'AGENCY', 'INVESTIGATION', null, null, 'VN-86', true, null, 4861);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-86', 'Viện kiểm sát nhân dân tỉnh Vĩnh Long', 'VKSND tỉnh Vĩnh Long', 'AGENCY', 'PROCURACY', null, null, 'VN-86', true, null, 4862);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-86', 'Tòa án nhân dân tỉnh Vĩnh Long', 'TAND tỉnh Vĩnh Long', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-86', true, null, 4863);
-- An Giang
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-91', 'Công an tỉnh An Giang', 'CA tỉnh An Giang', 'AGENCY', 'INVESTIGATION', null, null, 'VN-91', true, null, 4911);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-91', 'Viện kiểm sát nhân dân tỉnh An Giang', 'VKSND tỉnh An Giang', 'AGENCY', 'PROCURACY', null, null, 'VN-91', true, null, 4912);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-91', 'Tòa án nhân dân tỉnh An Giang', 'TAND tỉnh An Giang', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-91', true, null, 4913);
-- Cần Thơ
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-92', 'Công an thành phố Cần Thơ', 'CA TP. Cần Thơ', 'AGENCY', 'INVESTIGATION', null, null, 'VN-92', true, null, 4921);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-92', 'Viện kiểm sát nhân dân thành phố Cần Thơ', 'VKSND TP. Cần Thơ', 'AGENCY', 'PROCURACY', null, null, 'VN-92', true, null, 4922);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-92', 'Tòa án nhân dân thành phố Cần Thơ', 'TAND TP. Cần Thơ', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-92', true, null, 4923);
-- Cà Mau
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('CA-96', 'Công an tỉnh Cà Mau', 'CA tỉnh Cà Mau', 'AGENCY', 'INVESTIGATION', null, null, 'VN-96', true, null, 4961);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('VKS-96', 'Viện kiểm sát nhân dân tỉnh Cà Mau', 'VKSND tỉnh Cà Mau', 'AGENCY', 'PROCURACY', null, null, 'VN-96', true, null, 4962);
insert into organization (code, name, short_name, type, agency_kind, court_level, parent_id, province_code, active, successor_id, sort_order) values
    ('TA-96', 'Tòa án nhân dân tỉnh Cà Mau', 'TAND tỉnh Cà Mau', 'AGENCY', 'COURT', 'PROVINCIAL', null, 'VN-96', true, null, 4963);

-- ---------------------------------------------------------------------------------------------
-- 3. Calendar: lunar holidays, the day next to 2 September, and official swaps (civil servants)
-- ---------------------------------------------------------------------------------------------
-- Fixed holidays (1/1, 30/4, 1/5, 2/9) live in fixed_holiday (V1). Only weekdays are listed, except
-- SWAP_WORKING_DAY rows (a Saturday made a working day). None of the fixed holidays of 2025 or
-- 2026 falls on a weekend, so no compensating day is needed for them.
-- Holidays and official day swaps as entered for 2025 and 2026; 2027 is left empty on purpose.
-- 2025. Tết Ất Tỵ: off Sat 25 Jan - Sun 2 Feb 2025 (9 days, the 5 weekdays below are the 5
-- statutory Tết days, no swap). Hùng Kings: Mon 7 Apr. 30/4-1/5 (Wed-Thu): Fri 2 May off, worked
-- back on Sat 26 Apr (off Wed 30 Apr - Sun 4 May). National Day: Mon 1 Sep + Tue 2 Sep (off 30 Aug - 2 Sep).
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2025-01-27', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 2025),
    (date '2025-01-28', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 2025),
    (date '2025-01-29', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', 2025),
    (date '2025-01-30', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', 2025),
    (date '2025-01-31', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', 2025),
    (date '2025-04-07', 'HOLIDAY', 'LUNAR', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 2025),
    (date '2025-04-26', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Sáu 02/5/2025)', 2025),
    (date '2025-05-02', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/4/2025)', 2025),
    (date '2025-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 2025);
-- 2026. New Year: Fri 2 Jan off, worked back on Sat 10 Jan (Công văn 12729/VPCP-KGVX of 25 Dec 2025).
-- Tết Bính Ngọ: off Sat 14 Feb - Sun 22 Feb 2026 (9 days; the 5 statutory days are Mon 16 - Fri 20,
-- no swap). Hùng Kings: 10/3 lunar is Sun 26 Apr, so the compensating day off is Mon 27 Apr.
-- National Day (announced by the Ministry of Home Affairs, Oct 2025): Tue 1 Sep + Wed 2 Sep, and
-- Mon 31 Aug off, worked back on Sat 22 Aug (off Sat 29 Aug - Wed 2 Sep).
insert into calendar_day (calendar_date, kind, category, name, calendar_year) values
    (date '2026-01-02', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 2026),
    (date '2026-01-10', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Sáu 02/01/2026)', 2026),
    (date '2026-02-16', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 2026),
    (date '2026-02-17', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', 2026),
    (date '2026-02-18', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', 2026),
    (date '2026-02-19', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', 2026),
    (date '2026-02-20', 'HOLIDAY', 'LUNAR', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', 2026),
    (date '2026-04-27', 'HOLIDAY', 'LUNAR', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4/2026)', 2026),
    (date '2026-08-22', 'SWAP_WORKING_DAY', 'SWAP', 'Làm việc bù (hoán đổi cho thứ Hai 31/8/2026)', 2026),
    (date '2026-08-31', 'SWAP_DAY_OFF', 'SWAP', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)', 2026),
    (date '2026-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 2026);
-- 2027: intentionally no rows (see the header).
