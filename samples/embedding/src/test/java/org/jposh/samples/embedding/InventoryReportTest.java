package org.jposh.samples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jposh.samples.embedding.InventoryReport.Item;
import org.junit.jupiter.api.Test;

class InventoryReportTest {
    @Test
    void theScriptFormatsTheHostObjectsAndSetsVariablesTheHostReads() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryReport.Result result = InventoryReport.run(List.of(new Item("bolt", 120, 0.25),
                new Item("gear", 3, 12.75)), out);
        assertEquals("""
                Inventory of 2 items

                Name Quantity Price
                ---- -------- -----
                bolt      120  0.25
                gear        3 12.75

                Restock below 5
                """, out.toString(StandardCharsets.UTF_8));
        assertEquals("bolt, gear", result.names());
        assertEquals("{\"Name\":\"gear\",\"Quantity\":3,\"Price\":12.75}", result.lowStock());
    }
}
