package ru.ciss.lms.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.platform.database.CountedRows;
import ru.ciss.lms.platform.web.OneCallLazyModel;

/** /certificates/register.xhtml: the register of issued certificates, a page at a time, filtered, exported as XLSX. */
@Named
@ViewScoped
public class CertificateRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private String text;
    private CertificateStatus status;
    private final LazyDataModel<CertificateViews.RegisterRow> model = new RegisterModel();

    public void apply() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent(":results:register-table");
        if (table != null) {
            table.setFirst(0);
        }
        // Applied in place, and said in the address too: reload, Back and a bookmark show the same certificates
        // (the view parameters read it back), as the XLSX link beside it already does.
        ru.ciss.lms.platform.web.FilterAddress.show("/certificates/register.xhtml",
                ru.ciss.lms.platform.web.FilterAddress.parameters("text", text, "status",
                        status == null ? null : status.name()));
    }

    /** The status as the address carries it, read leniently: a mangled bookmark shows every status, not an error. */
    public String getStatusParam() {
        return status == null ? null : status.name();
    }

    public void setStatusParam(String value) {
        status = ru.ciss.lms.platform.web.FilterAddress.named(CertificateStatus.class, value);
    }

    /** The export takes the filter shown, so what is downloaded is what is on the screen. */
    public String getExportQuery() {
        return "?text=" + URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8)
                + (status == null ? "" : "&status=" + status.name());
    }

    private CertificateViews.RegisterFilter filter() {
        return new CertificateViews.RegisterFilter(text, status);
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public LazyDataModel<CertificateViews.RegisterRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }

    private final class RegisterModel extends OneCallLazyModel<CertificateViews.RegisterRow> {

        private static final long serialVersionUID = 1L;

        RegisterModel() {
            super(":results:register-table");
        }

        @Override
        protected CountedRows<CertificateViews.RegisterRow> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            return certificates.registerPage(filter(), first, pageSize); // one order: the newest first
        }

        @Override
        public String getRowKey(CertificateViews.RegisterRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CertificateViews.RegisterRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> rowKey.equals(String.valueOf(r.id()))).findFirst().orElse(null);
        }
    }
}
