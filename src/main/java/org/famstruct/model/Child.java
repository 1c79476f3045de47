package org.famstruct.model;

public record Child(String id, ChildKind kind, SourcePos pos) {}
