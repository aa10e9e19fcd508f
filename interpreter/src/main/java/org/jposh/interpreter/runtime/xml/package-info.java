/**
 * System.Xml on Java's DOM: XmlDocument ({@code [xml]}) and its nodes with .NET's members and messages, XPath
 * selection, and pwsh's adapter that makes a node's attributes and children its properties
 * ({@link org.jposh.interpreter.runtime.xml.XmlNodeAdapter}).
 */
package org.jposh.interpreter.runtime.xml;
