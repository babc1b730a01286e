package ru.ciss.lms.launch;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Russian names for generated people: a surname in the right gender, a given name and a patronymic made from a
 * father's name, as the registry office writes them (Королёв / Королёва, Петрович / Петровна, Ильич / Ильинична).
 * {@code ё} is kept, because the app keeps it and its pages and certificates must show it.
 */
final class GeneratedNames {

    /** A person's name; {@code female} decides the forms. */
    record Name(String surname, String given, String patronymic, boolean female) {
    }

    /** Masculine surnames; the feminine form is derived by {@link #feminine}. */
    static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
            "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев",
            "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов",
            "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков",
            "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
            "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников",
            "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин",
            "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев",
            "Чернышёв", "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов",
            "Пономарёв", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников",
            "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров",
            "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов",
            "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин",
            "Тихомиров", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов",
            "Прокофьев", "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронов", "Аксёнов",
            "Софронов", "Мальцев", "Логинов", "Горшков", "Савин", "Краснов", "Майоров", "Демидов", "Елисеев",
            "Рыбаков", "Сафонов", "Плотников", "Дёмин", "Хохлов", "Жданов", "Рябов", "Шубин", "Мухин",
            "Островский", "Покровский", "Вишневский", "Ковальский", "Зелинский", "Троицкий", "Успенский",
            "Шевченко", "Кравченко", "Бондаренко", "Ткаченко", "Гончаренко", "Литвиненко", "Штейн", "Шмидт",
            "Вагнер", "Ким", "Толстой", "Лановой");

    static final List<String> WOMEN = List.of("Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
            "Екатерина", "Мария", "Юлия", "Галина", "Людмила", "Марина", "Надежда", "Валентина", "Оксана", "Алёна",
            "Анастасия", "Дарья", "Ксения", "Любовь", "Вера", "Лариса", "Нина", "Евгения", "Виктория", "Полина",
            "Алина", "Кристина", "Софья", "Тамара", "Зинаида", "Раиса", "Лидия", "Яна", "Жанна", "Олеся",
            "Алевтина", "Фёкла", "Кира");

    /** Men's given names with the patronymics made from them (masculine, feminine). */
    static final List<String[]> MEN = List.of(
            new String[] {"Александр", "Александрович", "Александровна"}, new String[] {"Алексей", "Алексеевич", "Алексеевна"},
            new String[] {"Андрей", "Андреевич", "Андреевна"}, new String[] {"Сергей", "Сергеевич", "Сергеевна"},
            new String[] {"Дмитрий", "Дмитриевич", "Дмитриевна"}, new String[] {"Николай", "Николаевич", "Николаевна"},
            new String[] {"Иван", "Иванович", "Ивановна"}, new String[] {"Владимир", "Владимирович", "Владимировна"},
            new String[] {"Михаил", "Михайлович", "Михайловна"}, new String[] {"Евгений", "Евгеньевич", "Евгеньевна"},
            new String[] {"Юрий", "Юрьевич", "Юрьевна"}, new String[] {"Виктор", "Викторович", "Викторовна"},
            new String[] {"Павел", "Павлович", "Павловна"}, new String[] {"Пётр", "Петрович", "Петровна"},
            new String[] {"Фёдор", "Фёдорович", "Фёдоровна"}, new String[] {"Семён", "Семёнович", "Семёновна"},
            new String[] {"Артём", "Артёмович", "Артёмовна"}, new String[] {"Василий", "Васильевич", "Васильевна"},
            new String[] {"Анатолий", "Анатольевич", "Анатольевна"}, new String[] {"Геннадий", "Геннадьевич", "Геннадьевна"},
            new String[] {"Игорь", "Игоревич", "Игоревна"}, new String[] {"Олег", "Олегович", "Олеговна"},
            new String[] {"Константин", "Константинович", "Константиновна"}, new String[] {"Роман", "Романович", "Романовна"},
            new String[] {"Максим", "Максимович", "Максимовна"}, new String[] {"Денис", "Денисович", "Денисовна"},
            new String[] {"Илья", "Ильич", "Ильинична"}, new String[] {"Никита", "Никитич", "Никитична"},
            new String[] {"Лев", "Львович", "Львовна"}, new String[] {"Григорий", "Григорьевич", "Григорьевна"},
            new String[] {"Борис", "Борисович", "Борисовна"}, new String[] {"Валерий", "Валерьевич", "Валерьевна"},
            new String[] {"Станислав", "Станиславович", "Станиславовна"}, new String[] {"Вячеслав", "Вячеславович", "Вячеславовна"},
            new String[] {"Тимофей", "Тимофеевич", "Тимофеевна"}, new String[] {"Леонид", "Леонидович", "Леонидовна"},
            new String[] {"Генрих", "Генрихович", "Генриховна"}, new String[] {"Степан", "Степанович", "Степановна"});

    private GeneratedNames() {
    }

    /** Two in three generated people are women, as among the school's trainees. */
    static Name next(Random random) {
        boolean female = random.nextInt(3) < 2;
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String[] father = MEN.get(random.nextInt(MEN.size()));
        if (female) {
            return new Name(feminine(surname), WOMEN.get(random.nextInt(WOMEN.size())), father[2], true);
        }
        String[] own = MEN.get(random.nextInt(MEN.size()));
        return new Name(surname, own[0], father[1], false);
    }

    /** The feminine form of a masculine surname; surnames in -енко, foreign and Korean ones do not change. */
    static String feminine(String surname) {
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ой")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв")
                || surname.endsWith("ин") || surname.endsWith("ын")) {
            return surname + "а";
        }
        return surname;
    }

    /** The e-mail of the n-th generated person of a kind, e.g. {@code trainee00042@gen.example.org}. */
    static String email(String kind, int n, int total) {
        int width = Math.max(2, String.valueOf(total).length());
        return kind + String.format(Locale.ROOT, "%0" + width + "d", n) + "@" + GenerateData.DOMAIN;
    }
}
