-- One search over every module (issue 14). Search keys become words: folded as before (no diacritics, lower
-- case), every run of characters other than a-z and 0-9 one space, and a space before and after, so that
-- "like '% thau %'" finds the whole word "thầu" at the start or the end of a text as well and never inside
-- another word ("an" is not found in "nhan"). VietnameseText.searchKey writes the same form for new rows.
-- Persons, notes and the text of attachments get keys of their own; the fold of diacritics is spelled out
-- with translate() (every precomposed Latin letter of Vietnamese to its base letter), as in Java.
alter table meeting alter column search_text type varchar(4000);
update oversight_record set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';
update task set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';
update meeting set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';
update proposal set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';
update inspection set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';
update situation set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g')) || ' ';

alter table record_person add column search_text varchar(1000);
update record_person set search_text = ' ' || trim(regexp_replace(lower(translate(full_name || ' ' || coalesce(position, '') || ' ' || coalesce(organization_name, ''), 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')), '[^a-z0-9]+', ' ', 'g')) || ' ';
alter table record_person alter column search_text set not null;

alter table record_note add column search_text varchar(4100);
update record_note set search_text = ' ' || trim(regexp_replace(lower(translate(body, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')), '[^a-z0-9]+', ' ', 'g')) || ' ';
alter table record_note alter column search_text set not null;

-- The words of a PDF, Word or text attachment, read with Apache Tika when it is kept; null for other files
alter table attachment add column search_text text;

create index ix_record_person_search_trgm on record_person using gin (search_text gin_trgm_ops);
create index ix_record_note_search_trgm on record_note using gin (search_text gin_trgm_ops);
create index ix_attachment_search_trgm on attachment using gin (search_text gin_trgm_ops);
