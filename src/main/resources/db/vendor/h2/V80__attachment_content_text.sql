-- The text read from a PDF or Word attachment (at most 200,000 characters, NFC), shown as a search result's
-- snippet; its words are in search_text (V79). Null for images, unreadable files and files kept before.
alter table attachment add column content_text varchar(200000);
