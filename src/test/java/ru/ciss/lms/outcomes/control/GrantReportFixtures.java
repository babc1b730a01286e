package ru.ciss.lms.outcomes.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.outcomes.control.GrantReport.DistrictLine;
import ru.ciss.lms.outcomes.control.GrantReport.Indicator;
import ru.ciss.lms.outcomes.control.GrantReport.KindLine;
import ru.ciss.lms.outcomes.control.GrantReport.Labels;

/** A grant report as the school would send it, with the awkward cases the writers must survive. */
final class GrantReportFixtures {

    static final String TITLE = "Отчёт для Фонда президентских грантов";
    static final String PROGRAMME = "Школа лидеров ресурсных центров Омской области";
    static final String YO_DISTRICT = "Знаменский район, посёлок Шухово";
    static final String EVIL_DISTRICT = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String MONEY_INDICATOR = "Привлечено средств партнёров";
    static final String CENTRES_INDICATOR = "Открыто ресурсных центров";
    static final String NOTE = "Подтверждённые показатели подкреплены документами; показатели «только заявлено»"
            + " сообщены слушателями и не проверены, они учитываются отдельно.";

    static final Labels RUSSIAN = new Labels("Период", "Программа", "Сформирован", "Показатели результативности",
            "Показатель", "Подтверждено", "Только заявлено", "Итого",
            "По районам Омской области", "Район", "Обучено", "Выпускников",
            "Сертификатов", "Ресурсных центров", "Организаций", "Услуг",
            "Привлечено, руб.", "По типам организаций", "Тип организации", "Получили сертификат",
            "Стр.", NOTE);

    private GrantReportFixtures() {
    }

    static List<Indicator> indicators() {
        return List.of(
                new Indicator("Обучено руководителей и специалистов СО НКО", new BigDecimal("148"),
                        new BigDecimal("12"), false),
                new Indicator(CENTRES_INDICATOR, new BigDecimal("7"), new BigDecimal("2"), false),
                new Indicator(MONEY_INDICATOR, new BigDecimal("7746500"), new BigDecimal("1250000"), true),
                new Indicator("Оказано услуг населению (в среднем на центр)", new BigDecimal("41.5"),
                        BigDecimal.ZERO, false));
    }

    static List<DistrictLine> districts() {
        return List.of(
                new DistrictLine("г. Омск", 61, 55, 52, 2, 40, 318, new BigDecimal("5120000")),
                new DistrictLine("Тарский район", 24, 22, 20, 1, 15, 97, new BigDecimal("1400000.50")),
                new DistrictLine(YO_DISTRICT, 18, 15, 14, 2, 11, 64, new BigDecimal("726500")),
                new DistrictLine(EVIL_DISTRICT, 3, 2, 2, 0, 1, 5, new BigDecimal("0")),
                new DistrictLine("Тюкалинский район", 42, 38, 35, 2, 29, 150, new BigDecimal("500000")));
    }

    static List<KindLine> kinds() {
        return List.of(
                new KindLine("СО НКО", 96, 81),
                new KindLine("Муниципальное учреждение", 38, 30),
                new KindLine("Инициативная группа, ещё не зарегистрированная", 14, 12));
    }

    static GrantReport report() {
        return report(districts());
    }

    static GrantReport report(List<DistrictLine> districts) {
        return new GrantReport(TITLE, PROGRAMME, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 15), indicators(), districts, kinds(), RUSSIAN);
    }

    /** {@code count} districts "Район № 1" … with small distinct figures, to run a table over several pages. */
    static List<DistrictLine> manyDistricts(int count) {
        List<DistrictLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(new DistrictLine("Район № " + i, i, i % 7, i % 5, i % 2, i % 3, 10 + i,
                    BigDecimal.valueOf(1000L * i)));
        }
        return lines;
    }
}
