package org.w3id.apecdekg;
public class ApecDekg { public static void main(String[] a) {} }
