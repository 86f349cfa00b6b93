package org.vocdesk.capa.entity;

/** The bones of the fishbone (5M1E, 人机料法测环). */
public enum FiveM {
    MAN, MACHINE, MATERIAL, METHOD, MEASUREMENT, ENVIRONMENT
}
