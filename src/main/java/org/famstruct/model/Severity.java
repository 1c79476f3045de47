package org.famstruct.model;

public enum Severity { ERROR, WARNING }
