package ru.ciss.lms.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ciss.lms.mail.boundary.Outbox;
import ru.ciss.lms.mail.entity.OutboxMessage;
import ru.ciss.lms.mail.entity.OutboxState;
import ru.ciss.lms.platform.database.CountedRows;
import ru.ciss.lms.platform.web.OneCallLazyModel;
import ru.ciss.lms.platform.web.Texts;

/** /admin/outbox.xhtml: every e-mail with its state; without SMTP, the place where administrators read them. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private OutboxState state;
    private String recipient;
    private OutboxMessage shown;
    private final LazyDataModel<OutboxMessage> model = new OutboxModel();

    public void apply() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent(":results:messages-table");
        if (table != null) {
            table.setFirst(0);
        }
        // In the address too: reload, Back and a bookmark show the same messages (the view parameters read it back).
        ru.ciss.lms.platform.web.FilterAddress.show("/admin/outbox.xhtml", ru.ciss.lms.platform.web.FilterAddress
                .parameters("to", recipient, "state", getStateParam()));
    }

    public String getStateParam() {
        return state == null ? null : state.name();
    }

    public void setStateParam(String value) {
        state = ru.ciss.lms.platform.web.FilterAddress.named(OutboxState.class, value);
    }

    public void show(long id) {
        shown = outbox.read(id);
    }

    public void retry(long id) {
        if (outbox.retry(id)) {
            Texts.info("outbox.retried");
        }
        shown = outbox.read(id);
    }

    public boolean isSmtpConfigured() {
        return outbox.smtpConfigured();
    }

    public OutboxState[] getStates() {
        return OutboxState.values();
    }

    public LazyDataModel<OutboxMessage> getModel() {
        return model;
    }

    public OutboxMessage getShown() {
        return shown;
    }

    public OutboxState getState() {
        return state;
    }

    public void setState(OutboxState state) {
        this.state = state;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient == null || recipient.length() <= 254 ? recipient : recipient.substring(0, 254);
    }

    private final class OutboxModel extends OneCallLazyModel<OutboxMessage> {

        private static final long serialVersionUID = 1L;

        OutboxModel() {
            super(":results:messages-table");
        }

        @Override
        protected CountedRows<OutboxMessage> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            return outbox.pageWithCount(state, recipient, first, pageSize); // one order: the newest first
        }

        @Override
        public String getRowKey(OutboxMessage message) {
            return String.valueOf(message.getId());
        }

        @Override
        public OutboxMessage getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(m -> rowKey.equals(String.valueOf(m.getId()))).findFirst().orElse(null);
        }
    }
}
