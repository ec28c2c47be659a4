<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: Atom 1.0 feeds (latest acts, latest versions).
  Input: <feed kind="acts|versions" base-url="https://example.org/" updated="2026-11-25T00:00:00Z" title="...">
           <entry id="uri" href="akn/.../" title="..." date="2019-10-01" lang="uzb" summary="..."/> ...
         </feed>
  Links are absolute (base-url + href); entry ids are the FRBR URIs made absolute against base-url.

  Parameters: self-href  the feed's own path under base-url (default 'feeds/{kind}.xml'); it is the feed's id too.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="self-href" select="''"/>
  <!-- Accepted for uniformity with the page stylesheets; a feed has absolute links only. -->
  <xsl:param name="site-root" select="'/'"/>
  <xsl:param name="ui-lang" select="''"/>

  <xsl:variable name="f" select="/feed"/>
  <xsl:variable name="base">
    <xsl:value-of select="normalize-space($f/@base-url)"/>
    <xsl:if test="substring(normalize-space($f/@base-url), string-length(normalize-space($f/@base-url))) != '/'">/</xsl:if>
  </xsl:variable>
  <xsl:variable name="self">
    <xsl:choose>
      <xsl:when test="$self-href != ''"><xsl:value-of select="$self-href"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('feeds/', $f/@kind, '.xml')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <feed>
      <xsl:variable name="lang-tag"><xsl:call-template name="lang-tag"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
      <xsl:if test="$lang-tag != ''"><xsl:attribute name="xml:lang"><xsl:value-of select="$lang-tag"/></xsl:attribute></xsl:if>
      <title>
        <xsl:value-of select="normalize-space($f/@title)"/>
        <xsl:if test="normalize-space($f/@title) = ''">Qonun</xsl:if>
      </title>
      <id><xsl:value-of select="concat($base, $self)"/></id>
      <link rel="self" type="application/atom+xml" href="{$base}{$self}"/>
      <link rel="alternate" type="text/html" href="{$base}"/>
      <updated><xsl:call-template name="timestamp"><xsl:with-param name="d" select="$f/@updated"/></xsl:call-template></updated>
      <author><name>Qonun</name><uri><xsl:value-of select="$base"/></uri></author>
      <generator>Qonun</generator>
      <xsl:for-each select="$f/entry">
        <entry>
          <xsl:variable name="tag"><xsl:call-template name="lang-tag"><xsl:with-param name="code" select="@lang"/></xsl:call-template></xsl:variable>
          <xsl:if test="$tag != ''"><xsl:attribute name="xml:lang"><xsl:value-of select="$tag"/></xsl:attribute></xsl:if>
          <title>
            <xsl:value-of select="normalize-space(@title)"/>
            <xsl:if test="normalize-space(@title) = ''"><xsl:value-of select="@id"/></xsl:if>
          </title>
          <id><xsl:call-template name="absolute"><xsl:with-param name="uri" select="normalize-space(@id)"/></xsl:call-template></id>
          <link rel="alternate" type="text/html">
            <xsl:attribute name="href"><xsl:call-template name="absolute"><xsl:with-param name="uri" select="normalize-space(@href)"/></xsl:call-template></xsl:attribute>
          </link>
          <updated><xsl:call-template name="timestamp"><xsl:with-param name="d" select="@date"/></xsl:call-template></updated>
          <xsl:if test="normalize-space(@summary) != ''">
            <summary type="text"><xsl:value-of select="normalize-space(@summary)"/></summary>
          </xsl:if>
        </entry>
      </xsl:for-each>
    </feed>
  </xsl:template>

  <!-- An RFC 3339 timestamp: a bare YYYY-MM-DD becomes midnight UTC. -->
  <xsl:template name="timestamp">
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="string-length($d) = 10"><xsl:value-of select="concat($d, 'T00:00:00Z')"/></xsl:when>
      <xsl:when test="string-length($d) = 4"><xsl:value-of select="concat($d, '-01-01T00:00:00Z')"/></xsl:when>
      <xsl:when test="normalize-space($d) = ''">1970-01-01T00:00:00Z</xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A URI made absolute against base-url: '/akn/x' and 'akn/x' become '{base}akn/x'; absolute URIs stay. -->
  <xsl:template name="absolute">
    <xsl:param name="uri"/>
    <xsl:choose>
      <xsl:when test="contains(substring-before($uri, '/'), ':') or (contains($uri, ':') and not(contains($uri, '/')))"><xsl:value-of select="$uri"/></xsl:when>
      <xsl:when test="starts-with($uri, '/')"><xsl:value-of select="concat($base, substring($uri, 2))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($base, $uri)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="lang-tag">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'uzb'">uz</xsl:when>
      <xsl:when test="$code = 'rus'">ru</xsl:when>
      <xsl:when test="$code = 'eng'">en</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
