-- Operational statistics (issue 13, METHODOLOGY §8): the indicator catalog and the
-- observations of each unit, indicator, period and source, with their history.

create table statistic_indicator (
    id                 bigint generated always as identity primary key,
    version            integer      not null default 0,
    code               varchar(64)  not null unique check (code = upper(code)),
    name               varchar(500) not null,
    kind               varchar(8)   not null check (kind in ('RATIO', 'COUNT', 'VALUE')),
    numerator_label    varchar(200),
    denominator_label  varchar(200),
    period_aggregation varchar(4)   not null check (period_aggregation in ('SUM', 'LAST', 'MEAN')),
    sum_children       boolean      not null default false,
    built_in           boolean      not null default false,
    description        varchar(2000),
    check (kind = 'RATIO' or (numerator_label is null and denominator_label is null))
);

-- One row per observation ever recorded. The current one of a (unit, indicator, period,
-- source) has replaced_at null; a replacement keeps the old row with replaced_at set.
-- period is '2026', '2026-Q3' or '2026-07'; period_start and period_end are its first and
-- last day, for range queries. A ratio has numerator and denominator, a count or value has
-- value. channel says how it came: FILE (a workbook or CSV), API (a registered client's
-- batch), PERSON (typed on a page), DOSSIERS (counted from dossier records).
create table statistic_observation (
    id           bigint generated always as identity primary key,
    unit_id      bigint        not null references units_unit (id),
    indicator_id bigint        not null references statistic_indicator (id),
    period       varchar(7)    not null,
    period_start date          not null,
    period_end   date          not null,
    source       varchar(100)  not null,
    numerator    numeric(20,4) check (numerator >= 0),
    denominator  numeric(20,4) check (denominator >= 0),
    value        numeric(20,4),
    note         varchar(2000),
    reason       varchar(2000),
    channel      varchar(8)    not null check (channel in ('FILE', 'API', 'PERSON', 'DOSSIERS')),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null default now(),
    replaced_at  timestamptz,
    check ((numerator is not null and denominator is not null and value is null)
        or (numerator is null and denominator is null and value is not null)),
    check (period_start <= period_end)
);
create unique index statistic_observation_current
    on statistic_observation (unit_id, indicator_id, period, source) where replaced_at is null;
create index statistic_observation_by_indicator
    on statistic_observation (indicator_id, period_start, unit_id) where replaced_at is null;
create index statistic_observation_history
    on statistic_observation (unit_id, indicator_id, period, recorded_at);

-- The built-in catalog: the common criteria of the PAR INDEX and the metrics of the 766
-- index (Decision 766/QĐ-TTg, 2022), editable and extendable by the secretariat.
insert into statistic_indicator (code, name, kind, numerator_label, denominator_label, period_aggregation,
                                 sum_children, built_in, description) values
('TTHC_DUNG_HAN', 'Hồ sơ thủ tục hành chính giải quyết đúng hạn (mọi cấp)', 'RATIO',
 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ đã giải quyết', 'SUM', true, true,
 'Đếm từ hồ sơ một cửa theo quy tắc của METHODOLOGY §8 hoặc do hệ thống một cửa gửi.'),
('TTHC_DUNG_HAN_TINH', 'Hồ sơ TTHC cấp tỉnh giải quyết đúng hạn', 'RATIO',
 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ đã giải quyết', 'SUM', true, true, null),
('TTHC_DUNG_HAN_HUYEN', 'Hồ sơ TTHC cấp huyện giải quyết đúng hạn (đến 2025)', 'RATIO',
 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ đã giải quyết', 'SUM', true, true, null),
('TTHC_DUNG_HAN_XA', 'Hồ sơ TTHC cấp xã giải quyết đúng hạn', 'RATIO',
 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ đã giải quyết', 'SUM', true, true, null),
('PAKN_DUNG_HAN', 'Phản ánh, kiến nghị được xử lý đúng hạn', 'RATIO',
 'Số phản ánh, kiến nghị xử lý đúng hạn', 'Số phản ánh, kiến nghị đã tiếp nhận', 'SUM', true, true, null),
('DVC_TRUC_TUYEN', 'Thủ tục hành chính có dịch vụ công trực tuyến toàn trình', 'RATIO',
 'Số thủ tục cung cấp trực tuyến toàn trình', 'Số thủ tục đủ điều kiện', 'LAST', false, true, null),
('HO_SO_TRUC_TUYEN', 'Hồ sơ nộp trực tuyến', 'RATIO',
 'Số hồ sơ nộp trực tuyến', 'Tổng số hồ sơ tiếp nhận', 'SUM', true, true, null),
('VAN_BAN_DIEN_TU', 'Văn bản trao đổi dưới dạng điện tử', 'RATIO',
 'Số văn bản điện tử', 'Tổng số văn bản đi', 'SUM', true, true, null),
('CHU_KY_SO', 'Văn bản điện tử có chữ ký số', 'RATIO',
 'Số văn bản có chữ ký số', 'Số văn bản điện tử', 'SUM', true, true, null),
('NHIEM_VU_QUA_HAN', 'Nhiệm vụ Chính phủ, Thủ tướng giao bị quá hạn', 'COUNT', null, null, 'SUM', false, true, null),
('BAO_CAO_TRE_HAN', 'Báo cáo gửi chậm hạn', 'COUNT', null, null, 'SUM', false, true, null),
('GIAI_NGAN_DTC', 'Giải ngân vốn đầu tư công so với kế hoạch', 'RATIO',
 'Số vốn đã giải ngân', 'Kế hoạch vốn được giao', 'LAST', false, true, null),
('TANG_TRUONG_KT', 'Tăng trưởng kinh tế so với kế hoạch', 'RATIO',
 'Tốc độ tăng trưởng đạt được', 'Tốc độ tăng trưởng theo kế hoạch', 'LAST', false, true, null),
('THU_HUT_DAU_TU', 'Thu hút đầu tư so với kế hoạch', 'RATIO',
 'Vốn đầu tư thu hút được', 'Kế hoạch thu hút vốn đầu tư', 'SUM', false, true, null),
('766.CONG_KHAI', '766 — Công khai, minh bạch (điểm nhóm, tối đa 18)', 'VALUE', null, null, 'LAST', false, true, null),
('766.TIEN_DO', '766 — Tiến độ giải quyết (điểm nhóm, tối đa 20)', 'VALUE', null, null, 'LAST', false, true, null),
('766.DVC_TRUC_TUYEN', '766 — Dịch vụ công trực tuyến (điểm nhóm, tối đa 12)', 'VALUE', null, null, 'LAST', false, true, null),
('766.THANH_TOAN', '766 — Thanh toán trực tuyến (điểm nhóm, tối đa 10)', 'VALUE', null, null, 'LAST', false, true, null),
('766.HAI_LONG', '766 — Mức độ hài lòng (điểm nhóm, tối đa 18)', 'VALUE', null, null, 'LAST', false, true, null),
('766.SO_HOA', '766 — Số hoá hồ sơ (điểm nhóm, tối đa 22)', 'VALUE', null, null, 'LAST', false, true, null),
('766.HS_DUNG_HAN', '766 — Hồ sơ xử lý đúng hạn', 'RATIO', 'Số hồ sơ đúng hạn', 'Số hồ sơ đã xử lý', 'SUM', true, true, null),
('766.HS_TRUC_TUYEN', '766 — Hồ sơ trực tuyến (mục tiêu 50%)', 'RATIO', 'Số hồ sơ trực tuyến', 'Tổng số hồ sơ', 'SUM', true, true, null),
('766.THANH_TOAN_TT', '766 — Hồ sơ thanh toán trực tuyến', 'RATIO', 'Số hồ sơ thanh toán trực tuyến', 'Số hồ sơ có phí, lệ phí', 'SUM', true, true, null),
('766.HAI_LONG_HS', '766 — Hài lòng về xử lý hồ sơ (mục tiêu 90%)', 'RATIO', 'Số đánh giá hài lòng', 'Số đánh giá', 'SUM', true, true, null),
('766.PAKN', '766 — Phản ánh, kiến nghị xử lý đúng hạn', 'RATIO', 'Số phản ánh xử lý đúng hạn', 'Số phản ánh tiếp nhận', 'SUM', true, true, null),
('766.SO_HOA_HS', '766 — Hồ sơ được số hoá', 'RATIO', 'Số hồ sơ số hoá', 'Tổng số hồ sơ', 'SUM', true, true, null),
('766.TAI_SU_DUNG', '766 — Tái sử dụng dữ liệu số hoá (mục tiêu 80%)', 'RATIO', 'Số hồ sơ tái sử dụng dữ liệu', 'Số hồ sơ', 'SUM', true, true, null);
