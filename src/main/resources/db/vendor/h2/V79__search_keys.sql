-- One search over every module (issue 14). Search keys become words: folded as before (no diacritics, lower
-- case), every run of characters other than a-z and 0-9 one space, and a space before and after, so that
-- "like '% thau %'" finds the whole word "thầu" at the start or the end of a text as well and never inside
-- another word ("an" is not found in "nhan"). VietnameseText.searchKey writes the same form for new rows.
-- Persons, notes and the text of attachments get keys of their own; the fold of diacritics is spelled out
-- with translate() (every precomposed Latin letter of Vietnamese to its base letter), as in Java.
alter table meeting alter column search_text set data type varchar(4000);
update oversight_record set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';
update task set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';
update meeting set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';
update proposal set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';
update inspection set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';
update situation set search_text = ' ' || trim(regexp_replace(search_text, '[^a-z0-9]+', ' ')) || ' ';

alter table record_person add column search_text varchar(1000);
update record_person set search_text = ' ' || trim(regexp_replace(lower(translate(full_name || ' ' || coalesce(position, '') || ' ' || coalesce(organization_name, ''), 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')), '[^a-z0-9]+', ' ')) || ' ';
alter table record_person alter column search_text set not null;

alter table record_note add column search_text varchar(4100);
update record_note set search_text = ' ' || trim(regexp_replace(lower(translate(body, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')), '[^a-z0-9]+', ' ')) || ' ';
alter table record_note alter column search_text set not null;

-- The words of a PDF, Word or text attachment, read with Apache Tika when it is kept; null for other files
alter table attachment add column search_text varchar(200000);
