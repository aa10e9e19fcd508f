package org.jposh.interpreter.host;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;

/**
 * One Write-Progress update, as PowerShell's System.Management.Automation.ProgressRecord (what a job's
 * Progress collection holds; scripts see pwsh's properties and ToString).
 *
 * @param activityId       identifies the bar; updates with the same id replace each other
 * @param parentActivityId the id of the bar this one is nested under, or -1
 * @param percentComplete  0 to 100, or -1 when unknown
 * @param secondsRemaining the estimate, or -1 when unknown
 * @param completed        the activity is over: the host removes its bar
 */
public record ProgressRecord(int activityId, int parentActivityId, String activity, String statusDescription,
                             String currentOperation, int percentComplete, int secondsRemaining,
                             boolean completed) {
    private static final DotNetType RECORD_TYPE = CoreTypes.defineEnum("System.Management.Automation",
            "ProgressRecordType", false, "Processing", "Completed");
    public static final DotNetType TYPE = define();

    private EnumValue recordType() {
        return new EnumValue(RECORD_TYPE, completed ? 1 : 0);
    }

    /** pwsh's text: {@code parent = -1 id = 0 act = Copying stat = half cur =  pct = 50 sec = -1 type = Processing}. */
    @Override
    public String toString() {
        return "parent = " + parentActivityId + " id = " + activityId + " act = " + activity + " stat = "
                + statusDescription + " cur = " + (currentOperation == null ? "" : currentOperation) + " pct = "
                + percentComplete + " sec = " + secondsRemaining + " type = " + recordType();
    }

    private static DotNetType define() {
        DotNetType type = CoreTypes.define("System.Management.Automation", "ProgressRecord", ProgressRecord.class,
                b -> b.property("ActivityId", CoreTypes.INT32, r -> ((ProgressRecord) r).activityId)
                        .property("ParentActivityId", CoreTypes.INT32, r -> ((ProgressRecord) r).parentActivityId)
                        .property("Activity", CoreTypes.STRING, r -> ((ProgressRecord) r).activity)
                        .property("StatusDescription", CoreTypes.STRING, r -> ((ProgressRecord) r).statusDescription)
                        .property("CurrentOperation", CoreTypes.STRING, r -> ((ProgressRecord) r).currentOperation)
                        .property("PercentComplete", CoreTypes.INT32, r -> ((ProgressRecord) r).percentComplete)
                        .property("SecondsRemaining", CoreTypes.INT32, r -> ((ProgressRecord) r).secondsRemaining)
                        .property("RecordType", RECORD_TYPE, r -> ((ProgressRecord) r).recordType())
                        .method("ToString", CoreTypes.STRING, (r, a) -> r.toString()));
        CoreTypes.register(type);
        return type;
    }
}
