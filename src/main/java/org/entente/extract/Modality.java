package org.entente.extract;

/** Whether an event happened (or is happening) or is planned, intended or agreed for later. */
public enum Modality {
    ACTUAL, PLANNED
}
