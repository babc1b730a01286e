-- Issue #25: the people register's default page (active people by Фамилия Имя Отчество) read in index order.
-- Without it MariaDB read and sorted every person for each page of 20: 8.5 ms of the database's CPU per page with
-- 10,000 people, more than the application's own work for the page. With the index a page reads its 20 rows.
CREATE INDEX ix_person_active_name ON person (active, surname, given_name, patronymic);
