package ru.ciss.lms.outcomes.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.control.RussianFigures;
import ru.ciss.lms.platform.web.Texts;

/** The pages that list outcomes: each outcome said in one line, in the reader's language. */
public abstract class OutcomeTexts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line on what the outcome was: "АНО «Сельские инициативы», НКО", "грант — 500 000 ₽". */
    public String outcomeText(OutcomeViews.Row row) {
        Outcome.Facts f = row.facts();
        List<String> parts = new ArrayList<>();
        add(parts, f.name());
        switch (f.kind()) {
            case RESOURCE_CENTRE -> {
                add(parts, row.district());
                add(parts, f.hostOrganisation());
                add(parts, f.legalForm() == null ? null : Texts.get("outcomes.legalForm." + f.legalForm()));
            }
            case ORGANISATION -> add(parts, f.legalForm() == null ? null : Texts.get("outcomes.legalForm." + f.legalForm()));
            case SERVICE -> add(parts, f.audience());
            case FUNDS -> {
                add(parts, f.fundingSource() == null ? null : Texts.get("outcomes.source." + f.fundingSource()));
                add(parts, f.amountRoubles() == null ? null : RussianFigures.roubles(BigDecimal.valueOf(f.amountRoubles())));
            }
            case EVENT -> add(parts, f.peopleReached() == null ? null
                    : Texts.get("outcomes.peopleReached", RussianFigures.count(f.peopleReached())));
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text);
        }
    }
}
