package org.jposh.interpreter.host;

/**
 * One Write-Progress update, as PowerShell's System.Management.Automation.ProgressRecord.
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
}
