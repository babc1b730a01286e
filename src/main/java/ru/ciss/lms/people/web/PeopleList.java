package ru.ciss.lms.people.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PersonFilter;
import ru.ciss.lms.people.boundary.PersonRow;
import ru.ciss.lms.platform.database.CountedRows;
import ru.ciss.lms.platform.web.FilterAddress;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.web.OneCallLazyModel;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.fields.MenuOptions;

/** /people/list.xhtml: everyone with an account, a page at a time, narrowed by text, role and district. */
@Named
@ViewScoped
public class PeopleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    DistrictList districtList;

    private String text;
    private Role role;
    private Integer districtId;
    private boolean includeInactive;
    // The reference lists and the table's model (with its page of rows) are not kept in the replicated session:
    // serialized after every request they cost more than loading them again (the page benchmark's profile).
    private transient MenuOptions roleOptions;
    private transient MenuOptions districtOptions;
    private transient LazyDataModel<PersonRow> model;

    /** The filter form's button: the table reloads from its first page. */
    public void apply() {
        // The table's next load reads the fields above; it must start again from its first page.
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent(":results:people");
        if (table != null) {
            table.setFirst(0);
        }
        // The filter is applied in place (Ajax), but the address must say it too: reload, Back from a person's page
        // and a bookmark show the same people (the page's view parameters read it back).
        FilterAddress.show("/people/list.xhtml", FilterAddress.parameters("q", text, "role",
                role == null ? null : role.name(), "district", districtId == null ? null : districtId.toString(),
                "inactive", includeInactive ? "true" : null));
    }

    /** The role as the address carries it, read leniently like the district (see FilterAddress). */
    public String getRoleParam() {
        return role == null ? null : role.name();
    }

    public void setRoleParam(String value) {
        role = FilterAddress.named(Role.class, value);
    }

    public String getDistrictParam() {
        return districtId == null ? null : districtId.toString();
    }

    public void setDistrictParam(String value) {
        districtId = FilterAddress.smallId(value);
    }

    public PersonFilter filter() {
        return new PersonFilter(text, role, districtId, includeInactive);
    }

    public LazyDataModel<PersonRow> getModel() {
        if (model == null) {
            model = new PeopleModel();
        }
        return model;
    }

    /** The roles to filter by, as options of the filter's plain menu (built once for the page's language). */
    public List<SelectItem> getRoleOptions() {
        if (roleOptions == null) {
            roleOptions = new MenuOptions();
        }
        return roleOptions.in(locale -> java.util.Arrays.stream(Role.values())
                .map(r -> new SelectItem(r, Texts.get(locale, "people.role." + r))).toList());
    }

    /** The districts to filter by, as options of the filter's plain menu. */
    public List<SelectItem> getDistrictOptions() {
        if (districtOptions == null) {
            districtOptions = new MenuOptions();
        }
        return districtOptions.in(locale -> districtList.all().stream()
                .map(d -> new SelectItem(d.getId(), d.name(locale))).toList());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }

    private final class PeopleModel extends OneCallLazyModel<PersonRow> {

        private static final long serialVersionUID = 1L;

        PeopleModel() {
            super(":results:people");
        }

        @Override
        protected CountedRows<PersonRow> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return people.page(filter(), first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(PersonRow person) {
            return String.valueOf(person.getId());
        }

        @Override
        public PersonRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(p -> rowKey.equals(String.valueOf(p.getId()))).findFirst().orElse(null);
        }
    }
}
