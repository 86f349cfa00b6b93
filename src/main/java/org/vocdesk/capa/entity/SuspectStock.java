package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.vocdesk.platform.entity.BusinessException;

/**
 * Suspect stock found during containment (D3): where it is (own warehouse, in transit, at the customer),
 * how much, and the sorting result once it is sorted (checked and defective quantities).
 */
@Embeddable
public class SuspectStock {

    @Column(nullable = false, length = 200)
    private String location;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "checked_qty")
    private Integer checked;

    @Column(name = "defective_qty")
    private Integer defective;

    protected SuspectStock() {
    }

    public SuspectStock(String location, int quantity, Integer checked, Integer defective) {
        this.location = Texts.required(location, "location", "capa.stock.locationRequired");
        if (quantity < 0 || checked != null && (checked < 0 || checked > quantity)
                || defective != null && (defective < 0 || checked == null || defective > checked)) {
            throw BusinessException.invalidField("quantity", "capa.stock.quantitiesInvalid", location);
        }
        this.quantity = quantity;
        this.checked = checked;
        this.defective = defective;
    }

    /** Every suspect part was checked and the defective ones counted. */
    public boolean isSorted() {
        return checked != null && checked == quantity && defective != null;
    }

    public String getLocation() { return location; }

    public int getQuantity() { return quantity; }

    public Integer getChecked() { return checked; }

    public Integer getDefective() { return defective; }
}
