package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.CommandMetadata.ALL_SETS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which mandatory parameters are missing (binder spec section 4): without pipeline input, every unbound
 * mandatory parameter of the valid sets. With pipeline input, only those pipeline input cannot supply,
 * after choosing the sets pipeline input can still fill; this is a structural copy of PowerShell's
 * GetMissingMandatoryParameters, whose heuristics keep long-standing binding results stable. It may
 * narrow the parameter sets, or choose one for pipeline binding to try first.
 */
final class MissingMandatoryParameters {
    private final ParameterSetState sets;
    private final List<ParameterMetadata> unbound;

    MissingMandatoryParameters(ParameterSetState sets, List<ParameterMetadata> unbound) {
        this.sets = sets;
        this.unbound = unbound;
    }

    /** What PowerShell's ParameterSetPromptingData records per set (or for all sets) while looking for missing parameters. */
    private static final class PromptingData {
        final int parameterSet;
        final boolean isDefaultSet;
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatory = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatoryByValue = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatoryByPropertyName = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> nonpipelineableMandatory = new LinkedHashMap<>();

        PromptingData(int parameterSet, boolean isDefaultSet) {
            this.parameterSet = parameterSet;
            this.isDefaultSet = isDefaultSet;
        }

        boolean isAllSet() {
            return parameterSet == ALL_SETS;
        }
    }

    /** Checked for each pipeline object, so that commands missing nothing allocate nothing. */
    private boolean anyUnboundMandatoryIn(int flags) {
        for (ParameterMetadata parameter : unbound) {
            if (parameter.isMandatoryIn(flags)) {
                return true;
            }
        }
        return false;
    }

    /** The missing mandatory parameters, in the order of the unbound parameters. */
    List<ParameterMetadata> find(int validParameterSetCount, boolean isPipelineInputExpected) {
        if (!anyUnboundMandatoryIn(sets.current)) {
            return List.of();
        }
        List<ParameterMetadata> result = new ArrayList<>();
        int defaultParameterSet = sets.command.defaultParameterSetFlag();
        int commandMandatorySets = 0;
        Map<Integer, PromptingData> promptingData = new LinkedHashMap<>();
        boolean missingAMandatoryParameter = false;
        boolean missingAMandatoryParameterInAllSet = false;

        for (ParameterMetadata parameter : unbound) {
            if (!parameter.isMandatoryIn(sets.current)) {
                continue;
            }
            int parameterMandatorySets = 0;
            boolean thisParameterMissing = false;
            for (ParameterSetData data : parameter.matchingParameterSetData(sets.current)) {
                int newMandatoryParameterSetFlag = newParameterSetPromptingData(promptingData, parameter, data,
                        defaultParameterSet, isPipelineInputExpected);
                if (newMandatoryParameterSetFlag != 0) {
                    missingAMandatoryParameter = true;
                    thisParameterMissing = true;
                    if (newMandatoryParameterSetFlag != ALL_SETS) {
                        parameterMandatorySets |= sets.current & newMandatoryParameterSetFlag;
                        commandMandatorySets |= sets.current & parameterMandatorySets;
                    } else {
                        missingAMandatoryParameterInAllSet = true;
                    }
                }
            }
            if (!isPipelineInputExpected && thisParameterMissing) {
                result.add(parameter);
            }
        }

        if (!missingAMandatoryParameter || !isPipelineInputExpected) {
            return result;
        }
        if (commandMandatorySets == 0) {
            commandMandatorySets = sets.current;
        }
        if (missingAMandatoryParameterInAllSet) {
            int availableParameterSetFlags = sets.command.allParameterSetFlags();
            if (availableParameterSetFlags == 0) {
                availableParameterSetFlags = ALL_SETS;
            }
            commandMandatorySets = sets.current & availableParameterSetFlags;
        }

        // With several valid sets, the default set among them and missing nothing: keep the sets without
        // missing mandatory parameters, preferring the default set, unless another set takes pipeline input.
        if (validParameterSetCount > 1 && defaultParameterSet != 0 && (defaultParameterSet & commandMandatorySets) == 0
                && (defaultParameterSet & sets.current) != 0) {
            int setThatTakesPipelineInput = 0;
            for (PromptingData data : promptingData.values()) {
                if ((data.parameterSet & sets.current) != 0 && (data.parameterSet & defaultParameterSet) == 0
                        && !data.isAllSet() && !data.pipelineableMandatory.isEmpty()) {
                    setThatTakesPipelineInput = data.parameterSet;
                    break;
                }
            }
            if (setThatTakesPipelineInput == 0) {
                commandMandatorySets = sets.current & ~commandMandatorySets;
                sets.current = commandMandatorySets;
                if (sets.current == defaultParameterSet) {
                    sets.updateName();
                } else {
                    sets.prioritized = defaultParameterSet;
                }
            }
        }

        int commandMandatorySetsCount = ParameterSetState.count(commandMandatorySets);
        if (commandMandatorySetsCount == 0) {
            throw sets.ambiguous();
        } else if (commandMandatorySetsCount == 1) {
            addNonpipelineableMandatory(result, promptingData, commandMandatorySets);
        } else if (sets.prioritized == 0) {
            boolean latchOnToDefault = false;
            if (defaultParameterSet != 0 && (commandMandatorySets & defaultParameterSet) != 0) {
                latchOnToDefault = shouldLatchOnToDefault(promptingData, defaultParameterSet);
                if (latchOnToDefault) {
                    commandMandatorySets = defaultParameterSet;
                    sets.current = defaultParameterSet;
                    sets.updateName();
                    addNonpipelineableMandatory(result, promptingData, commandMandatorySets);
                }
            }
            if (!latchOnToDefault) {
                chooseSetTakingPipelineInput(result, promptingData, commandMandatorySets);
            }
        }
        return result;
    }

    /** Whether the default set should be chosen: it binds strongly to pipeline input, or no other set can. */
    private static boolean shouldLatchOnToDefault(Map<Integer, PromptingData> promptingData, int defaultParameterSet) {
        boolean anotherSetTakesPipelineInput = false;
        boolean anotherSetTakesPipelineInputByPropertyName = false;
        for (PromptingData data : promptingData.values()) {
            if (!data.isAllSet() && !data.isDefaultSet && !data.pipelineableMandatory.isEmpty()
                    && data.nonpipelineableMandatory.isEmpty()) {
                anotherSetTakesPipelineInput = true;
                break;
            }
        }
        for (PromptingData data : promptingData.values()) {
            if (!data.isAllSet() && !data.isDefaultSet && !data.pipelineableMandatoryByPropertyName.isEmpty()) {
                anotherSetTakesPipelineInputByPropertyName = true;
                break;
            }
        }
        PromptingData defaultSetData = promptingData.get(defaultParameterSet);
        if (defaultSetData != null) {
            boolean defaultSetTakesPipelineInput = !defaultSetData.pipelineableMandatory.isEmpty();
            boolean defaultSetTakesPipelineInputByPropertyName =
                    !defaultSetData.pipelineableMandatoryByPropertyName.isEmpty();
            if (defaultSetTakesPipelineInputByPropertyName && !anotherSetTakesPipelineInputByPropertyName
                    || defaultSetTakesPipelineInput && !anotherSetTakesPipelineInput) {
                return true;
            }
        }
        if (!anotherSetTakesPipelineInput) {
            return true;
        }
        PromptingData allSetData = promptingData.get(ALL_SETS);
        return allSetData != null && !allSetData.nonpipelineableMandatory.isEmpty();
    }

    /**
     * Several sets miss mandatory parameters: latch onto the only set whose mandatory parameters pipeline
     * input fills (by value, or by property name), keeping the sets that could still work; failing that,
     * drop the sets whose missing parameters pipeline input cannot supply.
     */
    private void chooseSetTakingPipelineInput(List<ParameterMetadata> result, Map<Integer, PromptingData> promptingData,
                                              int commandMandatorySets) {
        int setThatTakesPipelineInputByValue = 0;
        boolean foundSetThatTakesPipelineInputByValue = false;
        boolean foundMultipleSetsThatTakesPipelineInputByValue = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & commandMandatorySets) != 0 && !data.isAllSet()
                    && !data.pipelineableMandatoryByValue.isEmpty()) {
                if (foundSetThatTakesPipelineInputByValue) {
                    foundMultipleSetsThatTakesPipelineInputByValue = true;
                    setThatTakesPipelineInputByValue = 0;
                    break;
                }
                setThatTakesPipelineInputByValue = data.parameterSet;
                foundSetThatTakesPipelineInputByValue = true;
            }
        }
        int setThatTakesPipelineInputByPropertyName = 0;
        boolean foundSetThatTakesPipelineInputByPropertyName = false;
        boolean foundMultipleSetsThatTakesPipelineInputByPropertyName = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & commandMandatorySets) != 0 && !data.isAllSet()
                    && !data.pipelineableMandatoryByPropertyName.isEmpty()) {
                if (foundSetThatTakesPipelineInputByPropertyName) {
                    foundMultipleSetsThatTakesPipelineInputByPropertyName = true;
                    setThatTakesPipelineInputByPropertyName = 0;
                    break;
                }
                setThatTakesPipelineInputByPropertyName = data.parameterSet;
                foundSetThatTakesPipelineInputByPropertyName = true;
            }
        }
        int uniqueSetThatTakesPipelineInput = 0;
        if (foundSetThatTakesPipelineInputByValue && foundSetThatTakesPipelineInputByPropertyName
                && setThatTakesPipelineInputByValue == setThatTakesPipelineInputByPropertyName) {
            uniqueSetThatTakesPipelineInput = setThatTakesPipelineInputByValue;
        }
        if (foundSetThatTakesPipelineInputByValue ^ foundSetThatTakesPipelineInputByPropertyName) {
            uniqueSetThatTakesPipelineInput = foundSetThatTakesPipelineInputByValue
                    ? setThatTakesPipelineInputByValue : setThatTakesPipelineInputByPropertyName;
        }
        if (uniqueSetThatTakesPipelineInput != 0) {
            latchOnToSetTakingPipelineInput(result, promptingData, uniqueSetThatTakesPipelineInput);
            return;
        }
        boolean foundMissingParameters = false;
        int setsThatContainNonpipelineableMandatoryParameter = 0;
        for (PromptingData data : promptingData.values()) {
            if (((data.parameterSet & commandMandatorySets) != 0 || data.isAllSet())
                    && !data.nonpipelineableMandatory.isEmpty()) {
                foundMissingParameters = true;
                if (!data.isAllSet()) {
                    setsThatContainNonpipelineableMandatoryParameter |= data.parameterSet;
                }
            }
        }
        if (!foundMissingParameters) {
            return;
        }
        if (setThatTakesPipelineInputByValue != 0) {
            latchOnToSetTakingPipelineInput(result, promptingData, setThatTakesPipelineInputByValue);
            return;
        }
        if (!foundMultipleSetsThatTakesPipelineInputByValue && !foundMultipleSetsThatTakesPipelineInputByPropertyName) {
            throw sets.ambiguous();
        }
        if (setsThatContainNonpipelineableMandatoryParameter != 0) {
            sets.ignore(setsThatContainNonpipelineableMandatoryParameter);
            if (sets.current == 0) {
                throw sets.ambiguous();
            }
            if (ParameterSetState.count(sets.current) == 1) {
                sets.updateName();
            }
        }
    }

    private void latchOnToSetTakingPipelineInput(List<ParameterMetadata> result,
                                                 Map<Integer, PromptingData> promptingData, int chosenSet) {
        int otherMandatorySetsToBeIgnored = 0;
        boolean chosenSetContainsNonpipelineableMandatoryParameters = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & chosenSet) != 0 || data.isAllSet()) {
                if (!data.isAllSet()) {
                    chosenSetContainsNonpipelineableMandatoryParameters = !data.nonpipelineableMandatory.isEmpty();
                }
                result.addAll(data.nonpipelineableMandatory.keySet());
            } else {
                otherMandatorySetsToBeIgnored |= data.parameterSet;
            }
        }
        preservePotentialParameterSets(chosenSet, otherMandatorySetsToBeIgnored,
                chosenSetContainsNonpipelineableMandatoryParameters);
    }

    private static void addNonpipelineableMandatory(List<ParameterMetadata> result,
                                                    Map<Integer, PromptingData> promptingData, int sets) {
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & sets) != 0 || data.isAllSet()) {
                result.addAll(data.nonpipelineableMandatory.keySet());
            }
        }
    }

    /**
     * After choosing a set for pipeline input: settle on it if it has parameters to prompt for;
     * otherwise keep the other sets without mandatory parameters too, trying the chosen set first.
     */
    private void preservePotentialParameterSets(int chosenMandatorySet, int otherMandatorySetsToBeIgnored,
                                                boolean chosenSetContainsNonpipelineableMandatoryParameters) {
        if (chosenSetContainsNonpipelineableMandatoryParameters) {
            sets.current = chosenMandatorySet;
            sets.updateName();
        } else {
            sets.ignore(otherMandatorySetsToBeIgnored);
            sets.updateName();
            if (sets.current != chosenMandatorySet) {
                sets.prioritized = chosenMandatorySet;
            }
        }
    }

    /** Records a mandatory declaration; returns its set (ALL_SETS for all sets), or 0 when not mandatory. */
    private static int newParameterSetPromptingData(Map<Integer, PromptingData> promptingData,
                                                    ParameterMetadata parameter, ParameterSetData data,
                                                    int defaultParameterSet, boolean pipelineInputExpected) {
        int parameterSetFlag = data.flag() == 0 ? ALL_SETS : data.flag();
        if (!data.isMandatory()) {
            return 0;
        }
        boolean isDefaultSet = defaultParameterSet != 0 && (defaultParameterSet & parameterSetFlag) != 0;
        PromptingData setData = promptingData.computeIfAbsent(parameterSetFlag,
                flag -> new PromptingData(flag, isDefaultSet));
        if (pipelineInputExpected && data.attribute().takesPipelineInput()) {
            setData.pipelineableMandatory.put(parameter, data);
            if (data.valueFromPipeline()) {
                setData.pipelineableMandatoryByValue.put(parameter, data);
            }
            if (data.valueFromPipelineByPropertyName()) {
                setData.pipelineableMandatoryByPropertyName.put(parameter, data);
            }
        } else {
            setData.nonpipelineableMandatory.put(parameter, data);
        }
        return parameterSetFlag;
    }
}
