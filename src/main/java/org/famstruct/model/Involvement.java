package org.famstruct.model;

public enum Involvement { UNDER, NORMAL, OVER }
